package org.doorstep.mobile.store;

/** Where a visit recorded on this device stands with the server. Stored by its {@link #column()} value. */
public enum SyncState {
    /** Saved on the device; in the outbox until the server acknowledges it. */
    WAITING("waiting"),
    /** The server acknowledged it (applied, or a duplicate of one it already holds). */
    SENT("sent"),
    /** The server refused it; the rejection says why. Not sent again as it is. */
    REJECTED("rejected");

    private final String column;

    SyncState(String column) {
        this.column = column;
    }

    public String column() {
        return column;
    }

    static SyncState fromColumn(String value) {
        for (SyncState state : values()) {
            if (state.column.equals(value)) {
                return state;
            }
        }
        throw new StoreException("Unknown visit state in the device database: " + value);
    }
}
