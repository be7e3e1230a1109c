package org.doorstep.server.exports;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * List 7, child protection: every child whose child protection plan was current on the day or ended within
 * the six months before it. A child with several plans has one row, for the current plan (or, if none is
 * current, the one that ended last). See docs/ANNEX-A.md.
 */
final class List7 implements ListBuilder {
    static final List<String> HEADERS = List.of(
            "Child Unique ID",
            "Gender",
            "Ethnicity",
            "Date of Birth",
            "Age of Child (Years)",
            "Does the Child have a Disability",
            "Child Protection Plan Start Date",
            "Initial Category of Abuse",
            "Latest Category of Abuse",
            "Date of the Last Statutory Visit",
            "Was the Child Seen Alone?",
            "Date of latest review conference",
            "Child Protection Plan End Date",
            "Subject to Emergency Protection Order or Protected Under Police Powers in Last Six Months (Y/N)",
            "Number of Previous Child Protection Plans",
            "Allocated Team",
            "Allocated Worker");

    @Override
    public AnnexAList list() {
        return AnnexAList.LIST_7;
    }

    @Override
    public List<String> headers() {
        return HEADERS;
    }

    @Override
    public Optional<List<Cell>> row(ChildCase child, AsAt asAt) {
        LocalDate day = asAt.date();
        Optional<Span> reported = Span.reported(child.cpPlans(), day);
        if (reported.isEmpty()) {
            return Optional.empty();
        }
        Span plan = reported.get();
        LocalDate end = plan.endAsOf(day);
        if (end != null && end.isBefore(asAt.endedListedFrom())) {
            return Optional.empty();
        }
        Optional<ChildCase.SeenVisit> last = Visits.last(child.visits(), plan.start(), end == null ? day : end, true);
        long previous = child.cpPlans().stream().filter(p -> p.start().isBefore(plan.start())).count();
        return Optional.of(ListBuilder.cells(
                Identity.leading(child, asAt),
                Cell.BLANK, // Does the Child have a Disability: not held
                Cell.day(plan.start()),
                Cell.BLANK, // Initial Category of Abuse: not held
                Cell.BLANK, // Latest Category of Abuse: not held
                Cell.day(last.map(ChildCase.SeenVisit::day).orElse(null)),
                Cell.text(last.map(v -> Codes.yesNoUnknown(v.seenAlone())).orElse(null)),
                Cell.BLANK, // Date of latest review conference: not held
                Cell.day(end),
                Cell.BLANK, // Emergency protection order or police powers: not held
                Cell.whole((int) previous),
                Identity.trailing(child)));
    }
}
