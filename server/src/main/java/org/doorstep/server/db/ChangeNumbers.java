package org.doorstep.server.db;

/** Change numbers reserved by one transaction, handed out in order. Not thread-safe: one per transaction. */
public final class ChangeNumbers {
    static final ChangeNumbers NONE = new ChangeNumbers(1, 0);
    private long next;
    private final long last;

    ChangeNumbers(long first, long last) {
        this.next = first;
        this.last = last;
    }

    public long next() {
        if (next > last) {
            throw new IllegalStateException("More changes than change numbers reserved");
        }
        return next++;
    }
}
