package org.doorstep.compliance.time;

import static org.doorstep.compliance.Fixtures.d;
import static org.doorstep.compliance.Fixtures.t;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

/** C1: every instant becomes a Europe/London date; nothing depends on the JVM zone (tests run in Asia/Tokyo). */
class LondonTimeTest {
    @Test
    void deviceOffsetsDoNotShiftTheLondonDate() {
        // 08:30 in Tokyo on 5 Feb is 23:30 GMT on 4 Feb.
        assertEquals(d("2026-02-04"), LondonTime.dateOf(t("2026-02-05T08:30:00+09:00")));
        // 23:30Z in summer is 00:30 BST the next day.
        assertEquals(d("2026-07-02"), LondonTime.dateOf(t("2026-07-01T23:30:00Z")));
        assertEquals(d("2026-07-01"), LondonTime.dateOf(t("2026-07-01T22:59:59Z")));
        assertEquals(d("2026-01-01"), LondonTime.dateOf(t("2026-01-01T00:00:00+00:00")));
    }

    @Test
    void aValueWithoutOffsetIsLondonWallClockTime() {
        assertEquals(Instant.parse("2026-07-01T09:00:00Z"), t("2026-07-01T10:00:00"));
        assertEquals(Instant.parse("2026-01-15T10:00:00Z"), t("2026-01-15T10:00:00"));
    }

    @Test
    void autumnAmbiguousTimeIsTheFirstBstOccurrence() {
        // 25 Oct 2026: 01:30 happens twice; the first is BST (00:30 UTC).
        assertEquals(Instant.parse("2026-10-25T00:30:00Z"), t("2026-10-25T01:30:00"));
    }

    @Test
    void springGapTimeMovesForwardOneHour() {
        // 29 Mar 2026: 01:30 does not exist; it becomes 02:30 BST (01:30 UTC).
        assertEquals(Instant.parse("2026-03-29T01:30:00Z"), t("2026-03-29T01:30:00"));
    }

    @Test
    void formatUsesTheLondonOffsetAlwaysWithSeconds() {
        assertEquals("2026-06-15T14:30:00+01:00", LondonTime.format(Instant.parse("2026-06-15T13:30:00Z")));
        assertEquals("2026-12-01T09:00:00+00:00", LondonTime.format(Instant.parse("2026-12-01T09:00:00Z")));
        assertEquals("2026-12-01T09:00:00.5+00:00", LondonTime.format(Instant.parse("2026-12-01T09:00:00.500Z")));
    }

    @Test
    void zonedTextIsAccepted() {
        assertEquals(Instant.parse("2026-07-01T09:00:00Z"), t("2026-07-01T10:00:00+01:00[Europe/London]"));
        assertThrows(DateTimeParseException.class, () -> t("2026-07-01"));
        assertThrows(DateTimeParseException.class, () -> t("yesterday"));
    }
}
