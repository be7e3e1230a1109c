package org.doorstep.server.db;

import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * One queue of write transactions per SQLite file, in this process.
 *
 * <p>SQLite has one writer at a time. Left to itself, a connection that finds the write lock taken waits
 * in SQLite's busy handler, which sleeps in steps of up to 100 ms and is not woken when the lock is
 * released; and sqlite-jdbc's {@code commit()} begins the next transaction at once, so every commit takes
 * the lock a second time. Under eight concurrent pushes most of the time went to those sleeps. Queueing the
 * writers here, first come first served, hands the lock over the moment it is free; SQLite's busy timeout
 * remains the guard against other processes (a backup, the command line).
 */
final class WriterQueue {
    private static final Map<String, WriterQueue> BY_FILE = new ConcurrentHashMap<>();

    private final Semaphore turn = new Semaphore(1, true);
    private final long timeoutMillis;

    private WriterQueue(long timeoutMillis) {
        this.timeoutMillis = timeoutMillis;
    }

    /** The queue of the database at {@code file}; {@code timeoutMillis} applies when it is first asked for. */
    static WriterQueue of(String file, long timeoutMillis) {
        return BY_FILE.computeIfAbsent(file, f -> new WriterQueue(timeoutMillis));
    }

    /** Waits for this writer's turn; refuses after the timeout with SQLite's own "busy" wording. */
    void enter() throws SQLException {
        try {
            if (!turn.tryAcquire(timeoutMillis, TimeUnit.MILLISECONDS)) {
                throw new SQLException("[SQLITE_BUSY] The database file is locked (another write did not finish within "
                        + timeoutMillis + " ms)", "SQLITE_BUSY", 5);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("Interrupted while waiting to write to the database", e);
        }
    }

    void leave() {
        turn.release();
    }
}
