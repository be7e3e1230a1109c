package org.doorstep.compliance.time;

import java.util.Optional;

/** The unit of a visiting interval or deadline window. */
public enum IntervalUnit {
    /** Monday to Friday excluding bank holidays (C4). */
    WORKING_DAYS("working_days"),
    /** Every day counts (C2). */
    CALENDAR_DAYS("calendar_days"),
    /** Seven calendar days each (C2). */
    WEEKS("weeks"),
    /** The corresponding date with the month-end fallback (C3). */
    MONTHS("months"),
    /** Elapsed real time (C6). */
    CLOCK_HOURS("clock_hours");

    private final String code;

    IntervalUnit(String code) {
        this.code = code;
    }

    /** The name used in the evaluator's JSON, e.g. {@code working_days}. */
    public String code() {
        return code;
    }

    /** The unit with JSON name {@code code}, or empty. */
    public static Optional<IntervalUnit> fromCode(String code) {
        for (IntervalUnit unit : values()) {
            if (unit.code.equals(code)) {
                return Optional.of(unit);
            }
        }
        return Optional.empty();
    }
}
