package org.doorstep.server.dashboard.review;

import java.util.List;

/**
 * Not-seen-alone visits of the team: those waiting for the manager's review (each with its form) and those
 * already reviewed.
 *
 * @param formToken the session's form token, for each review form
 */
public record ReviewsPage(String teamName, String workerFilter, List<Line> awaiting, List<Line> reviewed, String formToken,
                          String csvHref, String message) {
    /**
     * One visit.
     *
     * @param formId a unique id for the visit's form fields (labels point at it)
     */
    public record Line(String visitId, int version, String childId, String childName, String workerName, String occurredAt,
                       String reason, String decision, String comment, String reviewedBy, String reviewedAt, String formId) {
    }
}
