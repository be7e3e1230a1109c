package org.doorstep.compliance.visits;

import java.util.Optional;

/** What kind of contact a visit record is. Only statutory visits count towards frequency rules (RULES.md section 3). */
public enum VisitType {
    STATUTORY("statutory"),
    /** A core group meeting: never a visit, even if the child was there. */
    CORE_GROUP("core_group"),
    OTHER("other");

    private final String code;

    VisitType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<VisitType> fromCode(String code) {
        for (VisitType t : values()) {
            if (t.code.equals(code)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
