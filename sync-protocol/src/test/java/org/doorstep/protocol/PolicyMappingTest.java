package org.doorstep.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.doorstep.compliance.engine.CouncilPolicy;
import org.doorstep.compliance.missing.RepeatEpisodePolicy;
import org.doorstep.compliance.missing.RhiMeasure;
import org.doorstep.compliance.time.Interval;
import org.doorstep.compliance.time.IntervalUnit;
import org.doorstep.protocol.policy.LocalPolicy;
import org.doorstep.protocol.policy.PolicyMapping;
import org.junit.jupiter.api.Test;

/** The one mapping of the council's policy to the rules', used by the server and the app alike. */
class PolicyMappingTest {
    @Test
    void theWireDefaultsAreTheRulesDefaultsBothWays() {
        assertEquals(CouncilPolicy.DEFAULT, PolicyMapping.toCouncilPolicy(LocalPolicy.DEFAULTS));
        assertEquals(LocalPolicy.DEFAULTS, PolicyMapping.fromCouncilPolicy(CouncilPolicy.DEFAULT, 0));
    }

    @Test
    void aCouncilsSettingsReachEveryConfigurableRuleAndTheThresholdsEveryRule() {
        LocalPolicy fourWeekly = new LocalPolicy(2, null, null,
                new LocalPolicy.VisitStandard(4, "weeks", false, true, true),
                new LocalPolicy.VisitStandard(6, "weeks", true, false, false),
                new LocalPolicy.ReturnInterviewStandard(3, "working_days", "offer",
                        "combine_if_missing_again_before_deadline"),
                new LocalPolicy.DueSoon(5, 1, 12));

        CouncilPolicy mapped = PolicyMapping.toCouncilPolicy(fourWeekly);

        assertEquals(new Interval(4, IntervalUnit.WEEKS), mapped.childProtection().interval());
        assertEquals(true, mapped.childProtection().counting().rollCalendarDeadlineToNextWorkingDay());
        assertEquals(true, mapped.childProtection().requireSeenAloneForFrequency());
        assertEquals(true, mapped.childInNeed().counting().countStartDayInclusive());
        assertEquals(new Interval(3, IntervalUnit.WORKING_DAYS), mapped.returnInterviews().window());
        assertEquals(RhiMeasure.OFFER, mapped.returnInterviews().measure());
        assertEquals(RepeatEpisodePolicy.COMBINE_IF_MISSING_AGAIN_BEFORE_DEADLINE, mapped.returnInterviews().repeatEpisodes());
        assertEquals(5, mapped.lookedAfter().dueSoon().calendarDays());
        assertEquals(Duration.ofHours(12), mapped.careLeavers().dueSoon().clock());
        assertEquals(CouncilPolicy.DEFAULT.lookedAfter().intendedUntil18Interval(), mapped.lookedAfter().intendedUntil18Interval(),
                "statutory windows stay statutory");
        assertEquals(fourWeekly.asVersion(7, null, null), PolicyMapping.fromCouncilPolicy(mapped, 7));
    }

    @Test
    void anUnknownUnitIsRefusedByName() {
        LocalPolicy odd = new LocalPolicy(1, null, null, new LocalPolicy.VisitStandard(2, "fortnights", false, false, false),
                LocalPolicy.DEFAULTS.childInNeed(), LocalPolicy.DEFAULTS.returnInterviews(), LocalPolicy.DEFAULTS.dueSoon());

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PolicyMapping.toCouncilPolicy(odd));
        assertEquals("Unknown unit 'fortnights'", e.getMessage());
    }
}
