package org.doorstep.mobile.sync;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Shows the instants a server message carries (ISO-8601, usually UTC) in the device's time zone. */
final class LocalTimes {
    private static final Pattern INSTANT = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?(?:Z|[+-]\\d{2}:\\d{2})");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("HH:mm 'on' d MMM uuuu", Locale.UK);

    private LocalTimes() {
    }

    /** {@code text} with every ISO-8601 instant in it written as e.g. {@code 16:45 on 23 Nov 2026}, in {@code zone}. */
    static String inText(String text, ZoneId zone) {
        Matcher matcher = INSTANT.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String shown;
            try {
                shown = SHOWN.format(OffsetDateTime.parse(matcher.group()).atZoneSameInstant(zone));
            } catch (DateTimeException unreadable) {
                shown = matcher.group();
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(shown));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
