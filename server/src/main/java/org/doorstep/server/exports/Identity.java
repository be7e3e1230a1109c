package org.doorstep.server.exports;

import java.util.List;

/**
 * The columns every list opens and closes with. Gender, ethnicity and disability are not held by Doorstep
 * (the council's case management system is their source): present and blank.
 */
final class Identity {
    private Identity() {
    }

    /** Child Unique ID, Gender, Ethnicity, Date of Birth, Age of Child (Years). */
    static List<Cell> leading(ChildCase child, AsAt asAt) {
        Integer age = child.dateOfBirth().isAfter(asAt.date()) ? null : asAt.ageOf(child.dateOfBirth());
        return List.of(Cell.text(child.id()), Cell.BLANK, Cell.BLANK, Cell.day(child.dateOfBirth()), Cell.whole(age));
    }

    /** Allocated Team, Allocated Worker. */
    static List<Cell> trailing(ChildCase child) {
        return List.of(Cell.name(child.teamName()),
                child.workerName() == null ? Cell.text(Codes.UNALLOCATED) : Cell.name(child.workerName()));
    }
}
