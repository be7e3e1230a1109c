package org.doorstep.compliance.calendar;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a bank-holiday list in the shape of gov.uk's {@code bank-holidays.json}:
 * <pre>{"england-and-wales": {"division": "england-and-wales",
 *   "events": [{"title": "...", "date": "2026-12-28", "notes": "Substitute day", "bunting": true}]}}</pre>
 * Other divisions (Scotland, Northern Ireland) may be present and are ignored.
 */
public final class BankHolidayFile {
    /** The gov.uk division used for England. */
    public static final String ENGLAND_AND_WALES = "england-and-wales";

    private static final ObjectMapper JSON = new ObjectMapper();

    private BankHolidayFile() {
    }

    /**
     * The events of {@code division} in {@code in}; the stream is read to the end but not closed.
     *
     * @throws BankHolidayFileException if the stream cannot be read or is not of the expected shape
     */
    public static List<BankHoliday> read(InputStream in, String division) {
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (JsonProcessingException e) {
            throw new BankHolidayFileException("bank-holiday file is not JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new BankHolidayFileException("bank-holiday file cannot be read: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new BankHolidayFileException("bank-holiday file: expected a JSON object with a \""
                    + division + "\" division");
        }
        JsonNode events = root.path(division).path("events");
        if (!events.isArray()) {
            throw new BankHolidayFileException("bank-holiday file: " + division + ".events is missing or not a list");
        }
        List<BankHoliday> holidays = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            JsonNode event = events.get(i);
            String where = division + ".events[" + i + "]";
            JsonNode date = event.get("date");
            if (date == null || !date.isTextual()) {
                throw new BankHolidayFileException("bank-holiday file: " + where + ".date is missing");
            }
            LocalDate day;
            try {
                day = LocalDate.parse(date.asText());
            } catch (DateTimeParseException e) {
                throw new BankHolidayFileException("bank-holiday file: " + where + ".date is not a YYYY-MM-DD date: "
                        + date.asText(), e);
            }
            holidays.add(new BankHoliday(day, event.path("title").asText(""), event.path("notes").asText("")));
        }
        return holidays;
    }
}
