package org.doorstep.compliance.result;

/** A record-quality finding that does not by itself change a status (C7, C8). */
public enum Flag {
    /** A visit was recorded with {@code seen = false}; it did not reset any clock (C7). */
    VISIT_CHILD_NOT_SEEN("visit_child_not_seen"),
    /** The child was seen but not alone, and no reason was recorded (C8). */
    SEEN_ALONE_REASON_MISSING("seen_alone_reason_missing"),
    /**
     * A looked-after child was not seen alone for a reason outside CPPCR reg 29 (a)-(c):
     * {@code child_refused}, {@code inappropriate_age_understanding}, {@code unable}.
     */
    NOT_ALONE_REASON_NOT_ALLOWED("not_alone_reason_not_allowed"),
    /** A visit is dated after the moment of evaluation; it was not counted. */
    VISIT_FUTURE_DATED("visit_future_dated"),
    /** An event (return, offer, interview, meeting) is dated after the moment of evaluation; it was not counted. */
    EVENT_FUTURE_DATED("event_future_dated"),
    /**
     * The device clock disagrees with the order of events: a visit dated after the device recorded it, or
     * recorded after the server received it (more than the tolerance, default 5 minutes).
     */
    CLOCK_SKEW("clock_skew");

    private final String code;

    Flag(String code) {
        this.code = code;
    }

    /** The name used in the evaluator's JSON. */
    public String code() {
        return code;
    }
}
