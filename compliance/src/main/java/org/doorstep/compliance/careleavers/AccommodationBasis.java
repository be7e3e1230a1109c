package org.doorstep.compliance.careleavers;

/** Under which section the council provides a care leaver's accommodation. */
public enum AccommodationBasis {
    /** Children Act 1989 s.23B (relevant child): reg 8(2) visits apply. */
    S23B,
    /** s.24B (former relevant child in higher education or similar): reg 8(2) visits apply. */
    S24B,
    /** Anything else: contact frequency is set in the pathway plan (local), not by reg 8(2). */
    OTHER;

    /** True when Care Leavers (England) Regs 2010 reg 8(2) applies. */
    public boolean hasStatutoryVisits() {
        return this != OTHER;
    }
}
