package org.doorstep.compliance.result;

/** Where a child stands against one rule (RULES.md C9, C10). */
public enum Status {
    /** Met: a periodic rule's next visit is not yet close, or a one-off was done on or before its deadline. */
    COMPLIANT("compliant", 0),
    /** One-off not yet done and its deadline is beyond the due-soon threshold. */
    NOT_YET_DUE("not_yet_due", 0),
    /** Due within the threshold (C11); due today counts. */
    DUE_SOON("due_soon", 1),
    /** One-off done, but after its deadline (C10). */
    LATE("late", 2),
    /** Past the due date and not done. */
    OVERDUE("overdue", 3),
    /**
     * A return-interview obligation ended because the child went missing again before its deadline, under
     * the {@code combineIfMissingAgainBeforeDeadline} policy; the later episode carries the obligation.
     */
    SUPERSEDED("superseded", 0);

    private final String code;
    private final int severity;

    Status(String code, int severity) {
        this.code = code;
        this.severity = severity;
    }

    /** The name used in the evaluator's JSON, e.g. {@code due_soon}. */
    public String code() {
        return code;
    }

    /** True when this status calls for more urgent attention than {@code other}. */
    public boolean isWorseThan(Status other) {
        return severity > other.severity;
    }
}
