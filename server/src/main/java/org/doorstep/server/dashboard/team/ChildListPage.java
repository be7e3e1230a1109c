package org.doorstep.server.dashboard.team;

import java.util.List;

/**
 * A filtered list of the team's open children.
 *
 * @param description the filters in words (the list's caption)
 */
public record ChildListPage(String teamName, FilterForm filterForm, String description, List<ChildLine> children,
                            String csvHref, String overviewHref) {

    /**
     * One child, as the list and its CSV show it.
     *
     * @param regimes       the regimes that apply, in words
     * @param status        the status code (for its style)
     * @param statusLabel   the status in words
     * @param daysOverdue   calendar days overdue (0 when not)
     */
    public record ChildLine(String childId, String childName, String workerId, String workerName, String regimes,
                            String status, String statusLabel, String nextDue, int daysOverdue, String lastVisit,
                            String lastSeenAlone, String flags) {
    }
}
