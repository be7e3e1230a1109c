package org.doorstep.server.exports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * List 6, children in need: every child with a child in need plan, a child protection plan or a placement
 * (children on a plan and children in care are children in need too) that was current on the day or ended
 * within the six months before it. See docs/ANNEX-A.md.
 */
final class List6 implements ListBuilder {
    static final List<String> HEADERS = List.of(
            "Child Unique ID",
            "Gender",
            "Ethnicity",
            "Date of Birth",
            "Age of Child (Years)",
            "Does the Child have a Disability",
            "CIN Start Date",
            "Primary Need Code",
            "Date Child Was Last Seen",
            "CIN Closure Date",
            "Reason for Closure",
            "Case Status",
            "Allocated Team",
            "Allocated Worker");

    @Override
    public AnnexAList list() {
        return AnnexAList.LIST_6;
    }

    @Override
    public List<String> headers() {
        return HEADERS;
    }

    @Override
    public Optional<List<Cell>> row(ChildCase child, AsAt asAt) {
        LocalDate day = asAt.date();
        List<Span> all = new ArrayList<>(child.cinPlans());
        all.addAll(child.cpPlans());
        all.addAll(child.placements());
        if (all.isEmpty()) {
            return Optional.empty();
        }
        boolean open = all.stream().anyMatch(s -> s.currentOn(day));
        LocalDate closure = open ? null : all.stream().map(s -> s.endAsOf(day)).max(Comparator.naturalOrder()).orElseThrow();
        if (closure != null && closure.isBefore(asAt.endedListedFrom())) {
            return Optional.empty();
        }
        Optional<ChildCase.SeenVisit> lastSeen = Visits.last(child.visits(), null, open ? day : closure, false);
        return Optional.of(ListBuilder.cells(
                Identity.leading(child, asAt),
                Cell.BLANK, // Does the Child have a Disability: not held
                Cell.BLANK, // CIN Start Date: the referral date, not held
                Cell.BLANK, // Primary Need Code: not held
                Cell.day(lastSeen.map(ChildCase.SeenVisit::day).orElse(null)),
                Cell.day(closure),
                Cell.BLANK, // Reason for Closure: not held
                Cell.text(caseStatus(child, day)),
                Identity.trailing(child)));
    }

    private static String caseStatus(ChildCase child, LocalDate day) {
        if (child.placements().stream().anyMatch(s -> s.currentOn(day))) {
            return Codes.LOOKED_AFTER;
        }
        if (child.cpPlans().stream().anyMatch(s -> s.currentOn(day))) {
            return Codes.CHILD_PROTECTION;
        }
        if (child.cinPlans().stream().anyMatch(s -> s.currentOn(day))) {
            return Codes.CHILD_IN_NEED;
        }
        return Codes.CLOSED;
    }
}
