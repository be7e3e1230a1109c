package org.doorstep.server.dashboard.team;

import java.util.List;

/**
 * The team overview, ready to draw.
 *
 * @param filterForm     the filters and their choices
 * @param counts         one row per regime, then the row for all regimes (worst status)
 * @param noRule         open children with no visiting rule recorded
 * @param thisMonth      the current month's visits
 * @param chart          the 12-month trend
 * @param seenAlone      the seen-alone figures
 * @param interviews     the return interview figures
 * @param listHref       the children list with the current filters
 * @param csvHref        the same list as CSV
 */
public record TeamOverviewPage(String teamName, FilterForm filterForm, List<CountRow> counts, Cell noRule,
                               MonthSummary thisMonth, TrendChart chart, SeenAlone seenAlone, Interviews interviews,
                               String listHref, String csvHref, int children) {

    /** A number and the list of the children behind it. */
    public record Cell(int count, String href) {
    }

    public record CountRow(String label, Cell overdue, Cell dueSoon, Cell inTime, Cell total) {
    }

    /**
     * @param month   e.g. "November 2026"
     * @param inTime  visits made by their due date
     * @param late    visits made after a due date had passed
     * @param rate    in time as a percentage of both
     * @param notSeen visits at which the child was not seen
     */
    public record MonthSummary(String month, int inTime, int late, String rate, int notSeen) {
    }

    /**
     * @param seen          statutory visits where the child was seen, last 12 months
     * @param alone         of which seen alone
     * @param rate          alone / seen
     * @param monthSeen     the same, this month
     * @param monthAlone    this month, seen alone
     * @param monthRate     this month's rate
     * @param awaiting      not-seen-alone visits of the last 12 months waiting for the manager's review
     * @param reviewsHref   the review list
     */
    public record SeenAlone(int seen, int alone, String rate, int monthSeen, int monthAlone, String monthRate, int awaiting,
                            String reviewsHref) {
    }

    /**
     * Return interviews of episodes whose child returned in the last 12 months.
     *
     * @param decided          episodes whose offer is decided (made, or the window has passed)
     * @param offeredInTime    offered within the window
     * @param offeredRate      as a percentage
     * @param completedDecided episodes whose completion is decided
     * @param completedInTime  carried out within the window
     * @param completedRate    as a percentage
     * @param pending          waiting for their interview, deadline ahead
     * @param overdue          past the deadline and not done
     * @param soon             the pending ones due within 24 hours, soonest first
     * @param href             the return interview page
     */
    public record Interviews(int decided, int offeredInTime, String offeredRate, int completedDecided, int completedInTime,
                             String completedRate, int pending, int overdue, List<PendingInterview> soon, String href) {
    }

    /**
     * A return interview waiting, with its deadline.
     *
     * @param deadlineIso  the deadline as ISO-8601 (the page's script counts down to it)
     * @param deadline     the deadline in words
     * @param left         time left when the page was made
     * @param underADay    due within 24 hours
     */
    public record PendingInterview(String childId, String childName, String workerName, String returnedAt, String deadline,
                                   String deadlineIso, String left, boolean underADay, String status) {
    }
}
