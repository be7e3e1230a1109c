package org.doorstep.server.db;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

/**
 * Hands out change sequence numbers, the basis of gap-free pull cursors. Call inside the writing
 * transaction, before its first change: the counter row stays locked until commit (PostgreSQL's row
 * lock; SQLite's single writer), so numbers become visible to readers in the order they were handed
 * out, and a reader that has seen number N never later meets a change numbered below N.
 */
@JdbcRepository(dialect = Dialect.ANSI)
public interface ChangeSequence extends GenericRepository<SyncCounterEntity, Integer> {

    @Query("UPDATE sync_counter SET value = value + :count WHERE id = 1")
    void advance(long count);

    @Query("SELECT value FROM sync_counter WHERE id = 1")
    long current();

    /** Reserves {@code count} consecutive numbers for the current transaction. */
    default ChangeNumbers reserve(int count) {
        if (count <= 0) {
            return ChangeNumbers.NONE;
        }
        advance(count);
        long last = current();
        return new ChangeNumbers(last - count + 1, last);
    }
}
