package org.doorstep.server.dashboard.compliance;

import jakarta.inject.Singleton;
import org.doorstep.compliance.calendar.WorkingDayCalendar;
import org.doorstep.compliance.engine.ComplianceEngine;
import org.doorstep.protocol.policy.LocalPolicy;
import org.doorstep.protocol.policy.PolicyMapping;
import org.doorstep.server.policy.PolicyStore;

/** The compliance engine for the council's policy in force, built once per policy version. */
@Singleton
public class Engines {
    private final PolicyStore policies;
    private final WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();
    private volatile Versioned cached;

    Engines(PolicyStore policies) {
        this.policies = policies;
    }

    /** An engine with the policy version it was built for. */
    public record Versioned(int version, ComplianceEngine engine) {
    }

    public Versioned current() {
        LocalPolicy policy = policies.current();
        int version = policy.version() == null ? 0 : policy.version();
        Versioned known = cached;
        if (known == null || known.version() != version) {
            known = new Versioned(version, new ComplianceEngine(calendar, PolicyMapping.toCouncilPolicy(policy)));
            cached = known;
        }
        return known;
    }
}
