package org.doorstep.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The fast paths agree with {@link DateTimeFormatter} on everything they accept, and step aside otherwise. */
class IsoTimesTest {
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    private static final DateTimeFormatter FIXED_WIDTH_UTC =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);

    @Test
    void formattingAgreesWithTheFormatterOnRandomValues() {
        Random random = new Random(7);
        for (int i = 0; i < 200_000; i++) {
            OffsetDateTime value = randomDateTime(random);
            assertEquals(ISO.format(value), IsoTimes.format(value), value::toString);
            Instant instant = value.toInstant();
            if (instant.atOffset(ZoneOffset.UTC).getYear() <= 9999 && instant.atOffset(ZoneOffset.UTC).getYear() >= 0) {
                assertEquals(FIXED_WIDTH_UTC.format(instant), IsoTimes.fixedWidthUtc(instant), instant::toString);
            }
        }
    }

    @Test
    void readingAgreesWithTheFormatterOnEverythingItAccepts() {
        Random random = new Random(11);
        int accepted = 0;
        for (int i = 0; i < 200_000; i++) {
            String text = i % 2 == 0 ? ISO.format(randomDateTime(random)) : mangle(ISO.format(randomDateTime(random)), random);
            OffsetDateTime fast = IsoTimes.parseCommon(text);
            if (fast == null) {
                continue;
            }
            accepted++;
            assertEquals(OffsetDateTime.parse(text, ISO), fast, text);
            assertEquals(OffsetDateTime.parse(text, ISO).getOffset(), fast.getOffset(), text);
        }
        // Offsets with seconds (a quarter of the unmangled values) and most mangled text go to the formatter.
        assertEquals(true, accepted > 60_000, "the fast path took only " + accepted + " values");
    }

    @Test
    void unusualOrInvalidTextIsLeftToTheFormatter() {
        for (String text : List.of("2026-02-30T10:00:00Z", "2026-03-02T24:00:00Z", "2026-03-02T10:15Z",
                "2026-03-02T10:15:00+19:00", "2026-03-02T10:15:00+01:60", "2026-03-02T10:15:00.1234567890Z",
                "2026-03-02T10:15:00.Z", "2026-03-02t10:15:00z", "2026-03-02T10:15:00+01:00:30", "2026-03-02T10:15:00",
                "+12026-03-02T10:15:00Z", "2026-3-02T10:15:00Z", "２０２６-03-02T10:15:00Z", "2026-03-02T10:15:00+0100")) {
            assertNull(IsoTimes.parseCommon(text), text);
        }
    }

    @Test
    void theProtocolMapperReadsAndWritesExactlyAsJacksonsJavaTimeModuleDoes() throws Exception {
        ObjectMapper plain = JsonMapper.builder().addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE).build();
        ObjectMapper protocol = ProtocolJson.newMapper();
        Random random = new Random(3);
        for (int i = 0; i < 20_000; i++) {
            OffsetDateTime value = randomDateTime(random);
            String json = plain.writeValueAsString(value);
            assertEquals(json, protocol.writeValueAsString(value));
            assertEquals(plain.readValue(json, OffsetDateTime.class), protocol.readValue(json, OffsetDateTime.class));
        }
        String unusual = "\"2026-03-02T10:15+01:00\"";
        assertEquals(plain.readValue(unusual, OffsetDateTime.class), protocol.readValue(unusual, OffsetDateTime.class));
    }

    @Test
    void aTimeOutsideTheYearsDoorstepStoresIsRefusedRatherThanMisfiled() {
        assertThrows(DateTimeException.class, () -> IsoTimes.fixedWidthUtc(Instant.parse("+10000-01-01T00:00:00Z")));
        assertThrows(DateTimeParseException.class, () -> OffsetDateTime.parse("2026-02-30T10:00:00Z", ISO));
    }

    private static OffsetDateTime randomDateTime(Random random) {
        int nano = switch (random.nextInt(4)) {
            case 0 -> 0;
            case 1 -> random.nextInt(1000) * 1_000_000;
            case 2 -> random.nextInt(1_000_000) * 1000;
            default -> random.nextInt(1_000_000_000);
        };
        int offsetSeconds = switch (random.nextInt(4)) {
            case 0 -> 0;
            case 1 -> (random.nextInt(37) - 18) * 3600;
            case 2 -> (random.nextInt(36 * 4 + 1) - 18 * 4) * 900;
            default -> random.nextInt(2 * 18 * 3600 + 1) - 18 * 3600;
        };
        int year = random.nextInt(10) == 0 ? random.nextInt(10_000) : 1990 + random.nextInt(80);
        return OffsetDateTime.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28), random.nextInt(24),
                random.nextInt(60), random.nextInt(60), nano, ZoneOffset.ofTotalSeconds(offsetSeconds));
    }

    /** The text with one character changed, dropped or doubled. */
    private static String mangle(String text, Random random) {
        int at = random.nextInt(text.length());
        String replacement = String.valueOf("0123456789:-+.TZ ".charAt(random.nextInt(17)));
        return switch (random.nextInt(3)) {
            case 0 -> text.substring(0, at) + replacement + text.substring(at + 1);
            case 1 -> text.substring(0, at) + text.substring(at + 1);
            default -> text.substring(0, at) + text.charAt(at) + text.substring(at);
        };
    }
}
