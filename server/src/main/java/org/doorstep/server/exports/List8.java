package org.doorstep.server.exports;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * List 8, children in care: every child looked after on the day (a placement current) or whose period of
 * care ended within the six months before it. One row per child, for the current period of care or, if none
 * is current, the one that ended last. See docs/ANNEX-A.md.
 */
final class List8 implements ListBuilder {
    static final List<String> HEADERS = List.of(
            "Child Unique ID",
            "Gender",
            "Ethnicity",
            "Date of Birth",
            "Age of Child (Years)",
            "Unaccompanied Asylum Seeking Child (UASC) within the Last 12 Months (Y/N)",
            "Does the Child have a Disability",
            "Date Started to be Looked After",
            "Child's Category of Need",
            "Is this a second or subsequent period of being a Looked After Child within the last 12 months (Y/N)",
            "Start date of current legal status",
            "Child's Legal Status",
            "Date of Latest Statutory Review",
            "Date of Last Social Work Visit",
            "What is the permanence plan for this child?",
            "Date of Last IRO Visit / Contact to the Child",
            "Date of Last Health Assessment",
            "Date of Last Dental Check",
            "Number of Placements in the Last 12 months",
            "Date Ceased to be Looked After",
            "Reason Ceased to be Looked After",
            "Start Date of Most Recent Placement",
            "Placement Type",
            "Placement Provider",
            "Placement postcode",
            "URN of Placement",
            "Placement Location",
            "LA of Placement",
            "Number of Episodes the Child has been 'Missing' from their Placement in the last 12 months",
            "Number of Episodes the Child has been 'Absent' from their Placement in the last 12 months",
            "Was the child offered a Return Interview after their last missing episode (Y/N)?",
            "Did the child accept a Return Interview after their last missing episode (Y/N)?",
            "Allocated Team",
            "Allocated Worker");

    @Override
    public AnnexAList list() {
        return AnnexAList.LIST_8;
    }

    @Override
    public List<String> headers() {
        return HEADERS;
    }

    @Override
    public Optional<List<Cell>> row(ChildCase child, AsAt asAt) {
        LocalDate day = asAt.date();
        List<Span> periods = CarePeriods.of(child.placements());
        Optional<Span> reported = Span.reported(periods, day);
        if (reported.isEmpty()) {
            return Optional.empty();
        }
        Span period = reported.get();
        LocalDate ceased = period.endAsOf(day);
        if (ceased != null && ceased.isBefore(asAt.endedListedFrom())) {
            return Optional.empty();
        }
        LocalDate yearFrom = asAt.twelveMonthsFrom();
        boolean earlierPeriodInYear = periods.stream()
                .anyMatch(p -> p.start().isBefore(period.start()) && p.overlaps(yearFrom, day));
        long placementsInYear = child.placements().stream().filter(p -> p.overlaps(yearFrom, day)).count();
        LocalDate latestPlacement = child.placements().stream().map(Span::start)
                .filter(start -> period.covers(start)).max(Comparator.naturalOrder()).orElseThrow();
        Optional<ChildCase.SeenVisit> last = Visits.last(child.visits(), period.start(), ceased == null ? day : ceased, true);
        MissingSummary missing = MissingSummary.of(child, asAt);
        return Optional.of(ListBuilder.cells(
                Identity.leading(child, asAt),
                Cell.BLANK, // UASC: not held
                Cell.BLANK, // Does the Child have a Disability: not held
                Cell.day(period.start()),
                Cell.BLANK, // Child's Category of Need: not held
                Cell.text(earlierPeriodInYear ? Codes.YES : Codes.NO),
                Cell.BLANK, // Start date of current legal status: not held
                Cell.BLANK, // Child's Legal Status: not held
                Cell.BLANK, // Date of Latest Statutory Review: not held
                Cell.day(last.map(ChildCase.SeenVisit::day).orElse(null)),
                Cell.BLANK, // permanence plan: not held
                Cell.BLANK, // last IRO visit: not held
                Cell.BLANK, // last health assessment: not held
                Cell.BLANK, // last dental check: not held
                Cell.whole((int) placementsInYear),
                Cell.day(ceased),
                Cell.BLANK, // Reason Ceased to be Looked After: not held
                Cell.day(latestPlacement),
                Cell.BLANK, // Placement Type: Doorstep's placement types are the visiting rules' categories, not these codes
                Cell.BLANK, // Placement Provider: not held
                Cell.BLANK, // Placement postcode: not held
                Cell.BLANK, // URN of Placement: not held
                Cell.BLANK, // Placement Location: not held
                Cell.BLANK, // LA of Placement: not held
                Cell.whole(missing.count()),
                Cell.BLANK, // 'Absent' episodes: Doorstep records missing episodes only
                Cell.text(missing.offered()),
                Cell.text(missing.accepted()),
                Identity.trailing(child)));
    }
}
