package org.doorstep.compliance.missing;

import static org.doorstep.compliance.Fixtures.CALENDAR;
import static org.doorstep.compliance.Fixtures.d;
import static org.doorstep.compliance.Fixtures.t;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.doorstep.compliance.result.ClockDeadlineResult;
import org.doorstep.compliance.result.DayDeadlineResult;
import org.doorstep.compliance.result.Flag;
import org.doorstep.compliance.result.Status;
import org.doorstep.compliance.time.DayCounting;
import org.doorstep.compliance.time.DueSoonThresholds;
import org.doorstep.compliance.time.Interval;
import org.doorstep.compliance.time.LondonTime;
import org.junit.jupiter.api.Test;

class ReturnInterviewRuleTest {
    private static final ReturnInterviewRule DEFAULT = new ReturnInterviewRule(CALENDAR, ReturnInterviewPolicy.DEFAULT);
    private static final MissingEpisode MAY = new MissingEpisode(t("2026-04-30T19:00:00+01:00"), t("2026-05-01T09:00:00+01:00"));
    private static final Instant AFTER = t("2026-05-06T09:00:00+01:00");

    private static ReturnInterviewRule withMeasure(RhiMeasure measure) {
        return new ReturnInterviewRule(CALENDAR, new ReturnInterviewPolicy(Interval.clockHours(72), measure,
                RepeatEpisodePolicy.EACH_EPISODE, DayCounting.DEFAULT, DueSoonThresholds.DEFAULT));
    }

    private static Instant deadline(ReturnInterviewResult r) {
        return ((ClockDeadlineResult) r.timing()).deadline();
    }

    @Test
    void autumnClockChangeMovesTheWallClockDeadlineBackAnHour() {
        // 18:00 BST + 72h = 17:00 GMT (RULES.md C6); never 18:00 wall-clock.
        MissingEpisode e = new MissingEpisode(t("2026-10-22T12:00:00+01:00"), t("2026-10-22T18:00:00+01:00"));
        ReturnInterview onTime = new ReturnInterview(t("2026-10-23T10:00:00+01:00"), t("2026-10-25T17:00:00+00:00"), null,
                RhiOutcome.COMPLETED);
        ReturnInterviewResult r = DEFAULT.evaluate(e, onTime, t("2026-10-26T09:00:00Z"));
        assertEquals("2026-10-25T17:00:00+00:00", LondonTime.format(deadline(r)));
        assertEquals(Status.COMPLIANT, r.status());
        assertEquals(Duration.ZERO, r.completionMargin());
        ReturnInterview aSecondLate = new ReturnInterview(t("2026-10-23T10:00:00+01:00"), t("2026-10-25T17:00:01+00:00"),
                null, RhiOutcome.COMPLETED);
        ReturnInterviewResult late = DEFAULT.evaluate(e, aSecondLate, t("2026-10-26T09:00:00Z"));
        assertEquals(Status.LATE, late.status());
        assertEquals(Optional.of(Duration.ofSeconds(1)), ((ClockDeadlineResult) late.timing()).lateBy());
        assertEquals(Optional.of(false), late.completedWithinWindow());
    }

    @Test
    void springClockChangeMovesTheWallClockDeadlineForwardAnHour() {
        MissingEpisode e = new MissingEpisode(t("2026-03-27T08:00:00+00:00"), t("2026-03-27T18:00:00+00:00"));
        ReturnInterviewResult r = DEFAULT.evaluate(e, ReturnInterview.NONE, t("2026-03-28T09:00:00Z"));
        assertEquals("2026-03-30T19:00:00+01:00", LondonTime.format(deadline(r)));
        assertEquals(Optional.of(Duration.ofHours(57)), ((ClockDeadlineResult) r.timing()).remaining());
    }

    @Test
    void eachMeasureOnAnOfferThatWasNeitherTakenUpNorRefused() {
        ReturnInterview offered = new ReturnInterview(t("2026-05-02T10:00:00+01:00"), null, null, null);
        ReturnInterviewResult offer = withMeasure(RhiMeasure.OFFER).evaluate(MAY, offered, AFTER);
        assertEquals(Status.COMPLIANT, offer.status());
        assertNull(offer.completionMargin(), "an offer alone has no interview margin");
        assertEquals(Optional.of(true), offer.offeredWithinWindow());
        assertEquals(Optional.of(false), offer.completedWithinWindow());
        ReturnInterviewResult completed = withMeasure(RhiMeasure.COMPLETED).evaluate(MAY, offered, AFTER);
        assertEquals(Status.OVERDUE, completed.status());
        assertEquals(Optional.of(Duration.ofHours(48)), ((ClockDeadlineResult) completed.timing()).overdueBy());
        assertEquals(Status.OVERDUE, DEFAULT.evaluate(MAY, offered, AFTER).status());
    }

    @Test
    void eachMeasureOnADeclinedOffer() {
        ReturnInterview declined = new ReturnInterview(t("2026-05-02T10:00:00+01:00"), null, t("2026-05-02T10:05:00+01:00"),
                RhiOutcome.DECLINED);
        assertEquals(Status.COMPLIANT, DEFAULT.evaluate(MAY, declined, AFTER).status());
        assertEquals(Status.COMPLIANT, withMeasure(RhiMeasure.OFFER).evaluate(MAY, declined, AFTER).status());
        assertEquals(Status.OVERDUE, withMeasure(RhiMeasure.COMPLETED).evaluate(MAY, declined, AFTER).status());
    }

    @Test
    void eachMeasureOnAnInterviewCompletedLate() {
        ReturnInterview lateInterview = new ReturnInterview(t("2026-05-02T10:00:00+01:00"), t("2026-05-04T11:00:00+01:00"),
                null, RhiOutcome.COMPLETED);
        ReturnInterviewResult byDefault = DEFAULT.evaluate(MAY, lateInterview, AFTER);
        assertEquals(Status.LATE, byDefault.status());
        assertEquals(Optional.of(Duration.ofHours(2)), ((ClockDeadlineResult) byDefault.timing()).lateBy());
        assertEquals(Status.LATE, withMeasure(RhiMeasure.COMPLETED).evaluate(MAY, lateInterview, AFTER).status());
        assertEquals(Status.COMPLIANT, withMeasure(RhiMeasure.OFFER).evaluate(MAY, lateInterview, AFTER).status());
        assertTrue(byDefault.completed(), "completed at all, though late");
        assertEquals(Optional.of(false), byDefault.completedWithinWindow());
    }

    @Test
    void aRefusalCountsOnlyWithTheOfferRecorded() {
        ReturnInterview noOffer = new ReturnInterview(null, null, t("2026-05-02T10:00:00+01:00"), RhiOutcome.DECLINED);
        ReturnInterviewResult r = DEFAULT.evaluate(MAY, noOffer, AFTER);
        assertEquals(Status.OVERDUE, r.status());
        assertEquals(Optional.of(false), r.offeredWithinWindow());
    }

    @Test
    void aRecordedDecisionThatNoInterviewIsNeededIsCompliant() {
        ReturnInterview notRequired = new ReturnInterview(null, null, null, RhiOutcome.NOT_REQUIRED);
        ReturnInterviewResult r = DEFAULT.evaluate(MAY, notRequired, AFTER);
        assertEquals(Status.COMPLIANT, r.status());
        assertEquals(RhiOutcome.NOT_REQUIRED, r.outcome());
        assertEquals(Optional.of(false), r.offeredWithinWindow());
    }

    @Test
    void kpisStayOpenUntilSettledAndTheLastDayIsDueSoon() {
        ReturnInterview offered = new ReturnInterview(t("2026-05-01T12:00:00+01:00"), null, null, null);
        ReturnInterviewResult r = DEFAULT.evaluate(MAY, offered, t("2026-05-03T11:00:00+01:00"));
        assertEquals(Status.DUE_SOON, r.status());
        assertEquals(Optional.of(true), r.offeredWithinWindow());
        assertEquals(Optional.empty(), r.completedWithinWindow());
        assertEquals(Optional.of(Duration.ofHours(22)), ((ClockDeadlineResult) r.timing()).remaining());
        assertEquals(Status.NOT_YET_DUE, DEFAULT.evaluate(MAY, offered, t("2026-05-03T08:59:00+01:00")).status());
    }

    @Test
    void aCouncilsThreeWorkingDayVariantSkipsTheEasterWeekend() {
        ReturnInterviewRule workingDays = new ReturnInterviewRule(CALENDAR, new ReturnInterviewPolicy(Interval.workingDays(3),
                RhiMeasure.COMPLETED_OR_DECLINED, RepeatEpisodePolicy.EACH_EPISODE, DayCounting.DEFAULT,
                DueSoonThresholds.DEFAULT));
        MissingEpisode easter = new MissingEpisode(t("2026-04-01T20:00:00+01:00"), t("2026-04-02T16:00:00+01:00"));
        ReturnInterview done = new ReturnInterview(t("2026-04-07T10:00:00+01:00"), t("2026-04-10T10:00:00+01:00"), null,
                RhiOutcome.COMPLETED);
        ReturnInterviewResult r = workingDays.evaluate(easter, done, t("2026-04-20T10:00:00+01:00"));
        DayDeadlineResult timing = (DayDeadlineResult) r.timing();
        assertEquals(d("2026-04-09"), timing.deadline());
        assertEquals(Status.LATE, r.status());
        assertEquals(1, timing.lateByDays());
        assertEquals(1, timing.lateByWorkingDays());
        assertEquals(Optional.of(true), r.offeredWithinWindow());
    }

    @Test
    void goingMissingAgainBeforeTheDeadlineSupersedesTheEarlierObligationOnlyUnderTheCombinePolicy() {
        MissingRecord first = new MissingRecord(new MissingEpisode(t("2026-06-01T01:00:00+01:00"),
                t("2026-06-01T10:00:00+01:00")), ReturnInterview.NONE);
        MissingRecord second = new MissingRecord(new MissingEpisode(t("2026-06-02T20:00:00+01:00"),
                t("2026-06-03T08:00:00+01:00")), ReturnInterview.NONE);
        Instant asOf = t("2026-06-05T12:00:00+01:00");
        List<ReturnInterviewResult> each = DEFAULT.evaluateAll(List.of(first, second), asOf);
        assertEquals(Status.OVERDUE, each.get(0).status());
        assertEquals(Status.DUE_SOON, each.get(1).status());
        ReturnInterviewRule combine = new ReturnInterviewRule(CALENDAR, new ReturnInterviewPolicy(Interval.clockHours(72),
                RhiMeasure.COMPLETED_OR_DECLINED, RepeatEpisodePolicy.COMBINE_IF_MISSING_AGAIN_BEFORE_DEADLINE,
                DayCounting.DEFAULT, DueSoonThresholds.DEFAULT));
        List<ReturnInterviewResult> combined = combine.evaluateAll(List.of(first, second), asOf);
        assertEquals(Status.SUPERSEDED, combined.get(0).status());
        assertEquals(Status.DUE_SOON, combined.get(1).status());
        assertEquals(t("2026-06-06T08:00:00+01:00"), deadline(combined.get(1)));
    }

    @Test
    void aMetObligationIsNotSupersededByALaterEpisode() {
        MissingRecord first = new MissingRecord(new MissingEpisode(t("2026-06-01T01:00:00+01:00"),
                t("2026-06-01T10:00:00+01:00")), new ReturnInterview(t("2026-06-01T12:00:00+01:00"),
                t("2026-06-02T10:00:00+01:00"), null, RhiOutcome.COMPLETED));
        MissingRecord second = new MissingRecord(new MissingEpisode(t("2026-06-02T20:00:00+01:00"),
                t("2026-06-03T08:00:00+01:00")), ReturnInterview.NONE);
        ReturnInterviewRule combine = new ReturnInterviewRule(CALENDAR, new ReturnInterviewPolicy(Interval.clockHours(72),
                RhiMeasure.COMPLETED_OR_DECLINED, RepeatEpisodePolicy.COMBINE_IF_MISSING_AGAIN_BEFORE_DEADLINE,
                DayCounting.DEFAULT, DueSoonThresholds.DEFAULT));
        assertEquals(Status.COMPLIANT, combine.evaluateAll(List.of(first, second), t("2026-06-05T12:00:00+01:00")).get(0).status());
    }

    @Test
    void anInterviewDatedInTheFutureIsFlaggedAndNotCounted() {
        ReturnInterview future = new ReturnInterview(t("2026-05-01T12:00:00+01:00"), t("2026-05-02T12:00:00+01:00"), null,
                RhiOutcome.COMPLETED);
        ReturnInterviewResult r = DEFAULT.evaluate(MAY, future, t("2026-05-01T13:00:00+01:00"));
        assertEquals(Status.NOT_YET_DUE, r.status());
        assertEquals(List.of(Flag.EVENT_FUTURE_DATED), r.timing().flags());
        assertNull(r.completedAt());
    }

    @Test
    void aReturnBeforeTheEpisodeStartIsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> new MissingEpisode(t("2026-05-01T09:00:00Z"), t("2026-04-30T09:00:00Z")));
    }
}
