package org.doorstep.server.exports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The day an inspection list is drawn up for, and the windows that hang from it. Dates are London civil
 * dates (RULES.md C1); months count by the corresponding-date rule with the month-end fallback (C3).
 *
 * @param date the "as at" day: nothing recorded as happening after it is read, and "now" means this day
 */
record AsAt(LocalDate date) {
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    /** Children whose plan or care ended within this many months before the day are still listed. */
    static final int ENDED_WITHIN_MONTHS = 6;

    /** The first day of "the last 12 months": the day after the same date a year earlier. */
    LocalDate twelveMonthsFrom() {
        return date.minusMonths(12).plusDays(1);
    }

    /** The earliest end date that still puts an ended plan or period of care on a list. */
    LocalDate endedListedFrom() {
        return date.minusMonths(ENDED_WITHIN_MONTHS).plusDays(1);
    }

    /** The first instant after the day, in London: records at or after it are not read. */
    Instant endInstant() {
        return date.plusDays(1).atStartOfDay(LONDON).toInstant();
    }

    /** The London date of an instant. */
    static LocalDate londonDate(Instant instant) {
        return instant.atZone(LONDON).toLocalDate();
    }

    /** Whole years of age on the day. */
    int ageOf(LocalDate dateOfBirth) {
        return java.time.Period.between(dateOfBirth, date).getYears();
    }
}
