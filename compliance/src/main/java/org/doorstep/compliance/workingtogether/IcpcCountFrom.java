package org.doorstep.compliance.workingtogether;

import java.util.Optional;

/** Which strategy discussion starts the 15 working days to the initial child protection conference. */
public enum IcpcCountFrom {
    /** Working Together: the strategy discussion, or the last one if more than one was held. */
    LAST_STRATEGY_DISCUSSION("last_strategy_discussion"),
    /** Some partnership procedures: the (last) discussion at which the s.47 decision was made. */
    S47_DECISION("s47_decision");

    private final String code;

    IcpcCountFrom(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<IcpcCountFrom> fromCode(String code) {
        for (IcpcCountFrom c : values()) {
            if (c.code.equals(code)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
