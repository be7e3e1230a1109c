package org.doorstep.compliance.missing;

import java.util.Optional;

/** What must happen within the window for a return interview to be compliant. */
public enum RhiMeasure {
    /** An interview was offered (a completed interview implies an offer). */
    OFFER("offer"),
    /** The interview was carried out. */
    COMPLETED("completed"),
    /** Default: offered, and either carried out or declined by the child (offer and refusal recorded). */
    COMPLETED_OR_DECLINED("completed_or_declined");

    private final String code;

    RhiMeasure(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<RhiMeasure> fromCode(String code) {
        for (RhiMeasure m : values()) {
            if (m.code.equals(code)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
