package org.doorstep.server.dashboard.compliance;

import java.util.Optional;

/** The visiting regimes the dashboard counts, each one of the compliance engine's visit rules. */
public enum Regime {
    CP("cp", "Child protection plan", "cp_visit"),
    CIN("cin", "Child in need plan", "cin_visit"),
    CIC("cic", "Looked after", "cic_visit"),
    PF("pf", "Private fostering", "pf_visit_interval"),
    CL("cl", "Care leaver", "cl_pa_visit");

    private final String code;
    private final String label;
    private final String rule;

    Regime(String code, String label, String rule) {
        this.code = code;
        this.label = label;
        this.rule = rule;
    }

    /** The short code used in addresses, filters and the snapshot's column names. */
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** The compliance engine's rule id (RULES.md). */
    public String rule() {
        return rule;
    }

    public static Optional<Regime> fromCode(String code) {
        for (Regime regime : values()) {
            if (regime.code.equals(code)) {
                return Optional.of(regime);
            }
        }
        return Optional.empty();
    }
}
