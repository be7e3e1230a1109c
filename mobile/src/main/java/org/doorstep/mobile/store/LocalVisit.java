package org.doorstep.mobile.store;

import java.util.Objects;
import org.doorstep.protocol.visit.Visit;

/**
 * A visit as this device holds it.
 *
 * @param visit         the record as the worker saved it (what is sent to the server)
 * @param state         where it stands with the server
 * @param serverVersion the version the server stored it as, once sent; else null
 * @param rejection     why the server refused it, when {@link SyncState#REJECTED}; else null
 * @param note          a remark from the last sync for the worker (e.g. a conflict), or null
 */
public record LocalVisit(Visit visit, SyncState state, Integer serverVersion, Rejection rejection, String note) {
    public LocalVisit {
        Objects.requireNonNull(visit, "visit");
        Objects.requireNonNull(state, "state");
    }
}
