package org.doorstep.protocol.child;

import java.time.LocalDate;

/**
 * A child protection plan ({@code cp_visit}) or child in need plan ({@code cin_visit}).
 *
 * @param id        the council's id of the plan
 * @param kind      {@value #CHILD_PROTECTION} or {@value #CHILD_IN_NEED}
 * @param startDate the day the plan started (day 0 of the first interval)
 * @param endDate   the day it ended, after which its visiting rule stops; null while open
 */
public record PlanEpisode(String id, String kind, LocalDate startDate, LocalDate endDate) {
    public static final String CHILD_PROTECTION = "cp";
    public static final String CHILD_IN_NEED = "cin";
}
