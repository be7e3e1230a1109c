package org.doorstep.server.dashboard.team;

import java.util.List;

/**
 * The team's return home interviews: waiting (soonest deadline first, with a live countdown under 24 hours),
 * past their deadline, and the figures of the last 12 months.
 */
public record InterviewsPage(String teamName, TeamOverviewPage.Interviews figures, List<TeamOverviewPage.PendingInterview> pending,
                             List<TeamOverviewPage.PendingInterview> overdue, String csvHref) {
}
