package org.doorstep.server.exports;

import io.micronaut.core.annotation.Nullable;

/** The lettered answers of Ofsted's Annex A schema that Doorstep writes. */
final class Codes {
    static final String YES = "a) Yes";
    static final String NO = "b) No";
    static final String UNKNOWN = "c) Unknown";

    /** List 6 "Case Status". */
    static final String LOOKED_AFTER = "a) Looked after child";
    static final String CHILD_PROTECTION = "b) Child Protection plan";
    static final String CHILD_IN_NEED = "c) Child in need plan";
    static final String CLOSED = "e) Closed episode";

    /** "Allocated Worker" of a child with no allocated worker (the column may not be blank). */
    static final String UNALLOCATED = "Unallocated";

    private Codes() {
    }

    /** Yes, no, or unknown when not recorded. */
    static String yesNoUnknown(@Nullable Boolean value) {
        return value == null ? UNKNOWN : value ? YES : NO;
    }
}
