package org.doorstep.compliance.periodic;

import java.time.LocalDate;

/**
 * The interval still open at the end of a walk over an episode's visits.
 *
 * @param anchor the day it opened
 * @param due    the last day a visit is in time
 */
public record OpenInterval(LocalDate anchor, LocalDate due) {
}
