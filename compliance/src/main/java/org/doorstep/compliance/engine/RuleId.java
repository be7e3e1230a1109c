package org.doorstep.compliance.engine;

import java.util.Optional;

/** The rules this module implements, by their RULES.md ids. */
public enum RuleId {
    CP_VISIT("cp_visit"),
    CIN_VISIT("cin_visit"),
    CIC_VISIT("cic_visit"),
    PF_INITIAL_VISIT("pf_initial_visit"),
    PF_VISIT_INTERVAL("pf_visit_interval"),
    CL_PA_VISIT("cl_pa_visit"),
    RHI("rhi"),
    WT_ASSESSMENT("wt_assessment"),
    WT_ICPC("wt_icpc"),
    WT_RCPC("wt_rcpc"),
    WT_STRATEGY_DISCUSSION("wt_strategy_discussion");

    private final String code;

    RuleId(String code) {
        this.code = code;
    }

    /** The RULES.md id, e.g. {@code cp_visit}. */
    public String code() {
        return code;
    }

    public static Optional<RuleId> fromCode(String code) {
        for (RuleId r : values()) {
            if (r.code.equals(code)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
