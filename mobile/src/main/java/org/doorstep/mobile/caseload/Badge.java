package org.doorstep.mobile.caseload;

/** Where a child stands for their next visit, as the caseload shows it. */
public enum Badge {
    /** A visit (or a return interview) is past its due date. */
    OVERDUE("Overdue", "badge-overdue", 0),
    /** Due within the council's due-soon threshold (due today counts). */
    DUE_SOON("Due soon", "badge-due-soon", 1),
    /** The next thing due is a first visit (or interview) whose deadline is not close yet. */
    NOT_YET_DUE("Not yet due", "badge-not-yet-due", 2),
    /** The last visit is in time and the next is not close. */
    OK("OK", "badge-ok", 2),
    /** The rules cannot be worked out on this device: see the entry's note. */
    UNKNOWN("Due date unknown", "badge-unknown", 3),
    /** No plan, placement or arrangement that sets a visiting frequency is open. */
    NO_RULE("No visiting rule", "badge-none", 4);

    private final String text;
    private final String styleClass;
    private final int rank;

    Badge(String text, String styleClass, int rank) {
        this.text = text;
        this.styleClass = styleClass;
        this.rank = rank;
    }

    /** The words on the badge. */
    public String text() {
        return text;
    }

    /** The CSS class that colours it, e.g. {@code badge-overdue}. */
    public String styleClass() {
        return styleClass;
    }

    /** Lower first in the list. */
    int rank() {
        return rank;
    }
}
