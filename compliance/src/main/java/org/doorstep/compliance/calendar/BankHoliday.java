package org.doorstep.compliance.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One bank holiday as listed in a gov.uk-shaped {@code bank-holidays.json} file, or computed by
 * {@link EnglandAndWalesHolidayRules}.
 *
 * @param date  the day off
 * @param title the holiday's name, e.g. {@code "Boxing Day"}
 * @param notes gov.uk's notes, e.g. {@code "Substitute day"}; empty when there are none
 */
public record BankHoliday(LocalDate date, String title, String notes) {
    public BankHoliday {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(notes, "notes");
    }

    /** True when gov.uk marks the day as a substitute for a holiday that fell on a weekend. */
    public boolean isSubstituteDay() {
        return notes.toLowerCase(java.util.Locale.ROOT).contains("substitute");
    }
}
