package org.doorstep.compliance.missing;

import java.util.Optional;

/** How a return interview obligation ended. */
public enum RhiOutcome {
    COMPLETED("completed"),
    /** The child declined the offer. */
    DECLINED("declined"),
    /** A recorded decision, with a reason and decision-maker, that no interview is needed. */
    NOT_REQUIRED("not_required");

    private final String code;

    RhiOutcome(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<RhiOutcome> fromCode(String code) {
        for (RhiOutcome o : values()) {
            if (o.code.equals(code)) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }
}
