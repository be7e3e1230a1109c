package org.doorstep.server.dashboard.child;

import java.util.List;

/**
 * Everything about one child a manager reviews: who and where, plans and placements, the compliance history
 * with its breaches, every visit with all versions of amended ones, missing episodes with their interviews,
 * and the manager's reviews.
 *
 * @param formToken the session's form token (review forms), or empty when the person may not review
 */
public record TimelinePage(Header header, List<Episode> episodes, List<Rule> rules, List<String> flags, List<VisitGroup> visits,
                           List<Missing> missing, List<Review> reviews, String formToken) {

    public record Header(String childId, String name, String dateOfBirth, String team, String worker, String workerId,
                         String caseStatus) {
    }

    /** A plan, placement, arrangement or accommodation. */
    public record Episode(String kind, String start, String end, String detail) {
    }

    /**
     * One rule's standing and its past breaches.
     *
     * @param status      the status code (its style)
     * @param statusLabel the status in words
     */
    public record Rule(String label, String status, String statusLabel, String due, String detail, List<Breach> breaches) {
    }

    /** A gap that ran past its due date; {@code met} says when a visit closed it, or that none did. */
    public record Breach(String from, String due, String met) {
    }

    /** A visit with every version, newest first; {@code reviewable} when a review form is shown for it. */
    public record VisitGroup(String visitId, String occurredAt, boolean amended, List<VisitVersion> versions, boolean reviewable,
                             int latestVersion, String formId) {
    }

    /**
     * One version of a visit. {@code details} holds the visit form's further answers, label and text, when
     * recorded.
     */
    public record VisitVersion(int version, boolean latest, String occurredAt, String recordedAt, String receivedAt, String seen,
                               String reason, String notes, List<Detail> details, String timeFlags) {
    }

    public record Detail(String label, String text) {
    }

    /** A missing episode with its interview and return interview clock. */
    public record Missing(String wentMissing, String returned, String policeReference, int versions, String interview,
                          String clock) {
    }

    public record Review(String visit, String decision, String comment, String by, String at) {
    }
}
