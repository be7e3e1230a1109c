package org.doorstep.mobile.caseload;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * A child's running missing-episode clock: missing now, or back and waiting for the return interview that must
 * happen within the council's window (72 hours by default).
 *
 * @param kind which clock
 * @param at   when the child went missing ({@link Kind#MISSING_NOW}), else the interview's deadline
 * @param left time to the deadline (negative when overdue); zero for {@link Kind#MISSING_NOW}
 */
public record ReturnClock(Kind kind, Instant at, Duration left) {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.UK);

    public enum Kind {
        /** The child is missing: no return recorded yet. */
        MISSING_NOW,
        /** Back; the return interview is due and its deadline has not passed. */
        INTERVIEW_DUE,
        /** Back; the return interview's deadline passed with no interview, refusal or decision recorded. */
        INTERVIEW_OVERDUE
    }

    public ReturnClock {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(left, "left");
    }

    /** One line for the caseload, times in {@code zone}, e.g. "Return interview: 41 h left (by Wed 25 Nov 18:00)". */
    public String describe(ZoneId zone) {
        String when = WHEN.format(at.atZone(zone));
        return switch (kind) {
            case MISSING_NOW -> "Missing since " + when;
            case INTERVIEW_DUE -> "Return interview: " + amount(left) + " left (by " + when + ")";
            case INTERVIEW_OVERDUE -> "Return interview overdue by " + amount(left.negated()) + " (due " + when + ")";
        };
    }

    /** Hours under three days, else days and hours: "41 h", "3 d 4 h". */
    static String amount(Duration duration) {
        long hours = duration.toHours();
        if (hours < 72) {
            return hours + " h";
        }
        return hours / 24 + " d " + hours % 24 + " h";
    }
}
