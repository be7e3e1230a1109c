package org.doorstep.server.dashboard.review;

import java.util.Optional;

/** What a manager says about a not-seen-alone reason. */
public enum Decision {
    AGREED("agreed", "Agreed"),
    CHALLENGED("challenged", "Challenged");

    private final String code;
    private final String label;

    Decision(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<Decision> fromCode(String code) {
        for (Decision d : values()) {
            if (d.code.equals(code)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /** The label for a stored code. */
    public static String labelOf(String code) {
        return fromCode(code).map(Decision::label).orElse(code);
    }
}
