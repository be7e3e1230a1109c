package org.doorstep.protocol.policy;

import java.time.Duration;
import org.doorstep.compliance.care.CicPolicy;
import org.doorstep.compliance.careleavers.CareLeaverPolicy;
import org.doorstep.compliance.engine.CouncilPolicy;
import org.doorstep.compliance.fostering.PrivateFosteringPolicy;
import org.doorstep.compliance.missing.RepeatEpisodePolicy;
import org.doorstep.compliance.missing.ReturnInterviewPolicy;
import org.doorstep.compliance.missing.RhiMeasure;
import org.doorstep.compliance.plans.PlanVisitPolicy;
import org.doorstep.compliance.time.DayCounting;
import org.doorstep.compliance.time.DueSoonThresholds;
import org.doorstep.compliance.time.Interval;
import org.doorstep.compliance.time.IntervalUnit;
import org.doorstep.compliance.workingtogether.WorkingTogetherPolicy;

/**
 * Between the wire form of the council's policy and the compliance engine's {@link CouncilPolicy}. The
 * due-soon thresholds are the council's for every rule; the statutory rules keep their statutory windows.
 * Expects a policy that passed {@link LocalPolicyValidator}.
 *
 * <p>It lives here, beside {@link LocalPolicy}, so that the server and the app map the policy the same way
 * with one copy of the code: both depend on this module, and this module depends on {@code compliance}
 * (plain Java, no framework), never the other way round.
 */
public final class PolicyMapping {
    private PolicyMapping() {
    }

    public static CouncilPolicy toCouncilPolicy(LocalPolicy policy) {
        DueSoonThresholds dueSoon = dueSoon(policy.dueSoon());
        CouncilPolicy base = CouncilPolicy.DEFAULT;
        CicPolicy cic = base.lookedAfter();
        PrivateFosteringPolicy pf = base.privateFostering();
        CareLeaverPolicy cl = base.careLeavers();
        WorkingTogetherPolicy wt = base.workingTogether();
        LocalPolicy.ReturnInterviewStandard rhi = policy.returnInterviews();
        return new CouncilPolicy(plan(policy.childProtection(), dueSoon), plan(policy.childInNeed(), dueSoon),
                new CicPolicy(cic.intendedUntil18Interval(), cic.longTermFosterInterval(), cic.weeklyVisits(),
                        cic.localInterval(), cic.requireSeenAloneForFrequency(), cic.counting(), dueSoon),
                new PrivateFosteringPolicy(pf.initialVisitWindow(), pf.yearOneInterval(), pf.laterInterval(),
                        pf.requireSeenAloneForFrequency(), pf.counting(), dueSoon),
                new CareLeaverPolicy(cl.firstVisitWindow(), cl.interval(), cl.otherAccommodationInterval(),
                        cl.requireSeenAloneForFrequency(), cl.counting(), dueSoon),
                new ReturnInterviewPolicy(interval(rhi.window(), rhi.unit()),
                        RhiMeasure.fromCode(rhi.measure()).orElseThrow(() -> unknown("measure", rhi.measure())),
                        RepeatEpisodePolicy.fromCode(rhi.repeatEpisodes()).orElseThrow(() -> unknown("repeatEpisodes", rhi.repeatEpisodes())),
                        base.returnInterviews().counting(), dueSoon),
                new WorkingTogetherPolicy(wt.assessmentWindow(), wt.icpcWindow(), wt.icpcCountFrom(), wt.firstReview(),
                        wt.reviewInterval(), wt.strategyDiscussionWindow(), wt.counting(), dueSoon));
    }

    /** The configurable part of {@code policy} in wire form, as version {@code version}. */
    public static LocalPolicy fromCouncilPolicy(CouncilPolicy policy, int version) {
        ReturnInterviewPolicy rhi = policy.returnInterviews();
        DueSoonThresholds dueSoon = policy.childProtection().dueSoon();
        return new LocalPolicy(version, null, null, standard(policy.childProtection()), standard(policy.childInNeed()),
                new LocalPolicy.ReturnInterviewStandard(rhi.window().value(), rhi.window().unit().code(),
                        rhi.measure().code(), rhi.repeatEpisodes().code()),
                new LocalPolicy.DueSoon(dueSoon.calendarDays(), dueSoon.workingDays(), (int) dueSoon.clock().toHours()));
    }

    private static PlanVisitPolicy plan(LocalPolicy.VisitStandard standard, DueSoonThresholds dueSoon) {
        return new PlanVisitPolicy(interval(standard.interval(), standard.unit()),
                new DayCounting(standard.countStartDayInclusive(), standard.rollCalendarDeadlineToNextWorkingDay()),
                standard.requireSeenAloneForFrequency(), dueSoon);
    }

    private static LocalPolicy.VisitStandard standard(PlanVisitPolicy plan) {
        return new LocalPolicy.VisitStandard(plan.interval().value(), plan.interval().unit().code(),
                plan.counting().countStartDayInclusive(), plan.counting().rollCalendarDeadlineToNextWorkingDay(),
                plan.requireSeenAloneForFrequency());
    }

    private static DueSoonThresholds dueSoon(LocalPolicy.DueSoon dueSoon) {
        return new DueSoonThresholds(dueSoon.calendarDays(), dueSoon.workingDays(), Duration.ofHours(dueSoon.clockHours()));
    }

    private static Interval interval(int value, String unit) {
        return new Interval(value, IntervalUnit.fromCode(unit).orElseThrow(() -> unknown("unit", unit)));
    }

    private static IllegalArgumentException unknown(String what, String value) {
        return new IllegalArgumentException("Unknown " + what + " '" + value + "'");
    }
}
