package org.doorstep.server.exports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The lists' rules on cases built in memory: windows, periods of care, closures and the interview answers. */
class AnnexAListsTest {
    private static final AsAt AS_AT = new AsAt(LocalDate.parse("2026-03-31"));
    private static final List<Span> IN_CARE = List.of(span("2024-01-01", null));

    @Test
    void theLastTwelveMonthsStartTheDayAfterTheSameDateAYearBefore() {
        assertEquals(LocalDate.parse("2025-04-01"), AS_AT.twelveMonthsFrom());
        assertEquals(LocalDate.parse("2025-10-01"), AS_AT.endedListedFrom());
        ChildCase child = inCare(missing("2025-03-31T12:00:00Z", "2025-03-31T18:00:00Z"),
                missing("2025-04-01T12:00:00Z", "2025-04-01T18:00:00Z"));
        assertEquals(1, MissingSummary.of(child, AS_AT).count());
    }

    @Test
    void theWindowsCountMonthsByTheCorrespondingDate() {
        assertEquals(LocalDate.parse("2025-03-01"), new AsAt(LocalDate.parse("2026-02-28")).twelveMonthsFrom());
        assertEquals(LocalDate.parse("2024-02-29"), new AsAt(LocalDate.parse("2025-02-28")).twelveMonthsFrom(),
                "the year to 28/02/2025 starts on the leap day");
        assertEquals(LocalDate.parse("2025-12-01"), new AsAt(LocalDate.parse("2026-05-31")).endedListedFrom(),
                "31 May less six months is 30 November");
        assertEquals(LocalDate.parse("2025-08-29"), new AsAt(LocalDate.parse("2026-02-28")).endedListedFrom());
    }

    @Test
    void aChildStillMissingOnTheDayHasNoInterviewAnswersYet() {
        MissingSummary summary = MissingSummary.of(inCare(missing("2026-03-30T20:00:00Z", null)), AS_AT);
        assertEquals(new MissingSummary(1, null, null), summary);
    }

    @Test
    void aReturnedChildNotOfferedAnInterviewIsNoAndAcceptanceBlank() {
        assertEquals(new MissingSummary(1, Codes.NO, null),
                MissingSummary.of(inCare(missing("2026-03-20T20:00:00Z", "2026-03-21T08:00:00Z")), AS_AT));
        ChildCase.Missing notNeeded = new ChildCase.Missing(Instant.parse("2026-03-20T20:00:00Z"), LocalDate.parse("2026-03-20"),
                Instant.parse("2026-03-21T08:00:00Z"), List.of(new ChildCase.Interview(false, false, false, true)));
        assertEquals(new MissingSummary(1, Codes.NO, null), MissingSummary.of(inCare(notNeeded), AS_AT));
    }

    @Test
    void anOfferAwaitingAnAnswerIsYesAndUnknown() {
        ChildCase.Missing offered = new ChildCase.Missing(Instant.parse("2026-03-20T20:00:00Z"), LocalDate.parse("2026-03-20"),
                Instant.parse("2026-03-21T08:00:00Z"), List.of(new ChildCase.Interview(true, false, false, false)));
        assertEquals(new MissingSummary(1, Codes.YES, Codes.UNKNOWN), MissingSummary.of(inCare(offered), AS_AT));
    }

    @Test
    void onlyEpisodesFromAPlacementCount() {
        ChildCase child = child(List.of(), List.of(span("2026-03-01", null)), List.of(),
                List.of(missing("2026-02-10T20:00:00Z", "2026-02-11T08:00:00Z"), missing("2026-03-05T20:00:00Z", "2026-03-06T08:00:00Z")));
        assertEquals(1, MissingSummary.of(child, AS_AT).count(), "the February episode was from home, before care");
    }

    @Test
    void placementsADayApartAreOnePeriodOfCareAndAGapStartsAnother() {
        assertEquals(List.of(span("2025-01-01", null)),
                CarePeriods.of(List.of(span("2025-01-01", "2025-01-10"), span("2025-01-11", null))));
        assertEquals(List.of(span("2025-01-01", "2025-01-10"), span("2025-01-12", null)),
                CarePeriods.of(List.of(span("2025-01-01", "2025-01-10"), span("2025-01-12", null))));
    }

    @Test
    void aSecondPeriodOfCareInTheYearIsSaidSo() {
        ChildCase child = child(List.of(), List.of(span("2025-06-01", "2025-08-31"), span("2025-12-01", null)), List.of(), List.of());
        List<String> row = text(new List8().row(child, AS_AT).orElseThrow());
        assertEquals("01/12/2025", row.get(7), "the current period's start");
        assertEquals(Codes.YES, row.get(9));
        assertEquals("2", row.get(18), "placements in the last 12 months");
        assertEquals("01/12/2025", row.get(21));
    }

    @Test
    void aChildWhoLeftCareWithinSixMonthsIsListedWithTheDayCareCeased() {
        ChildCase child = child(List.of(), List.of(span("2025-01-01", "2025-11-15")), List.of(), List.of());
        List<String> row = text(new List8().row(child, AS_AT).orElseThrow());
        assertEquals("15/11/2025", row.get(19));
        ChildCase longGone = child(List.of(), List.of(span("2025-01-01", "2025-09-30")), List.of(), List.of());
        assertTrue(new List8().row(longGone, AS_AT).isEmpty());
    }

    @Test
    void aClosedCaseEndsWhatWasStillOpenOnItsClosingDay() {
        assertEquals(span("2025-06-01", "2025-12-20"), span("2025-06-01", null).closedBy(LocalDate.parse("2025-12-20")));
        assertEquals(span("2025-06-01", "2025-12-15"), span("2025-06-01", "2025-12-15").closedBy(LocalDate.parse("2025-12-20")));
        assertEquals(span("2025-06-01", null), span("2025-06-01", null).closedBy(null));
    }

    @Test
    void ofTwoCurrentPlansTheLaterIsReportedAndTheEarlierCountsAsPrevious() {
        ChildCase child = child(List.of(span("2025-01-01", null), span("2026-01-01", null)), List.of(), List.of(), List.of());
        List<String> row = text(new List7().row(child, AS_AT).orElseThrow());
        assertEquals("01/01/2026", row.get(6));
        assertEquals("1", row.get(14));
    }

    @Test
    void anUnbornChildHasNoAgeAndAnUnallocatedChildSaysSo() {
        ChildCase child = new ChildCase("C-9", LocalDate.parse("2026-05-01"), "Team", null, List.of(),
                List.of(span("2026-03-01", null)), List.of(), List.of(), List.of());
        List<String> row = text(new List7().row(child, AS_AT).orElseThrow());
        assertEquals("01/05/2026", row.get(3));
        assertEquals("", row.get(4));
        assertEquals("Unallocated", row.get(16));
    }

    @Test
    void aPlanStartingAfterTheDayIsNotCurrent() {
        assertFalse(span("2026-04-01", null).currentOn(LocalDate.parse("2026-03-31")));
        assertFalse(span("2026-01-01", "2026-03-31").currentOn(LocalDate.parse("2026-03-31")), "ended that day");
        assertTrue(span("2026-01-01", "2026-04-01").currentOn(LocalDate.parse("2026-03-31")));
    }

    private static List<String> text(List<Cell> row) {
        return row.stream().map(Cell::text).toList();
    }

    private static ChildCase inCare(ChildCase.Missing... missing) {
        return child(List.of(), IN_CARE, List.of(), List.of(missing));
    }

    private static ChildCase child(List<Span> cp, List<Span> placements, List<ChildCase.SeenVisit> visits,
                                   List<ChildCase.Missing> missing) {
        return new ChildCase("C-1", LocalDate.parse("2012-06-01"), "North Children's Team", "Sam Worker", List.of(), cp,
                placements, visits, missing);
    }

    private static ChildCase.Missing missing(String went, String back) {
        Instant at = Instant.parse(went);
        return new ChildCase.Missing(at, AsAt.londonDate(at), back == null ? null : Instant.parse(back), List.of());
    }

    private static Span span(String start, String end) {
        return new Span(LocalDate.parse(start), end == null ? null : LocalDate.parse(end));
    }
}
