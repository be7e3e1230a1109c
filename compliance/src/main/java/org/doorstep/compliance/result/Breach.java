package org.doorstep.compliance.result;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A past interval that ran longer than allowed (C9). Breaches are history: they never change the
 * current status.
 *
 * @param from  the day the interval opened (start event or visit)
 * @param due   the last day a visit would have been in time
 * @param metOn the day of the late visit that closed it; {@code null} when none did before the episode
 *              ended (e.g. the child moved placement first)
 */
public record Breach(LocalDate from, LocalDate due, LocalDate metOn) {
    public Breach {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(due, "due");
    }

    /** {@link #metOn()} as an Optional. */
    public Optional<LocalDate> met() {
        return Optional.ofNullable(metOn);
    }
}
