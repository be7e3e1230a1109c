package org.doorstep.compliance.result;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A one-off obligation with a clock-hour deadline (C6, C10), e.g. a strategy discussion within 24 hours.
 *
 * @param status     the status
 * @param deadline   start + N hours of real time; done at exactly this instant is in time
 * @param doneAt     when it was done; {@code null} when not done by the evaluation moment
 * @param toDeadline deadline minus the done instant (or, when not done, minus the evaluation moment):
 *                   negative when late or overdue
 * @param flags      record-quality findings
 */
public record ClockDeadlineResult(Status status, Instant deadline, Instant doneAt, Duration toDeadline,
                                  List<Flag> flags) implements OneOffResult {
    public ClockDeadlineResult {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(toDeadline, "toDeadline");
        flags = List.copyOf(flags);
    }

    /** Time left, when not done and not overdue. */
    public Optional<Duration> remaining() {
        return doneAt == null && !toDeadline.isNegative() ? Optional.of(toDeadline) : Optional.empty();
    }

    /** How early it was done, when done in time ({@code PT0S} when done exactly at the deadline). */
    public Optional<Duration> margin() {
        return doneAt != null && !toDeadline.isNegative() ? Optional.of(toDeadline) : Optional.empty();
    }

    /** How long past the deadline it is, when not done and overdue. */
    public Optional<Duration> overdueBy() {
        return doneAt == null && toDeadline.isNegative() ? Optional.of(toDeadline.negated()) : Optional.empty();
    }

    /** How late it was done, when done after the deadline. */
    public Optional<Duration> lateBy() {
        return doneAt != null && toDeadline.isNegative() ? Optional.of(toDeadline.negated()) : Optional.empty();
    }
}
