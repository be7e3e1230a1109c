package org.doorstep.server.episodes;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import org.doorstep.server.db.ChangeSequence;
import org.doorstep.server.db.JdbcBatches;

/**
 * Notes that the episodes (plans, placements, private fostering, care leaver accommodation) of some children
 * were added or changed. Episode rows carry no change number; this gives the change one, in
 * {@code episode_change}, so that whatever follows change numbers (the dashboard's compliance snapshot) sees
 * it. Every writer of episode rows calls it inside its own transaction.
 */
@Singleton
public class EpisodeChanges {
    private final JdbcOperations jdbc;
    private final ChangeSequence changes;

    EpisodeChanges(JdbcOperations jdbc, ChangeSequence changes) {
        this.jdbc = jdbc;
        this.changes = changes;
    }

    /** Records one change number for all of {@code childIds} (nothing when empty). Joins the caller's transaction. */
    public void record(Collection<String> childIds) {
        LinkedHashSet<String> distinct = new LinkedHashSet<>(childIds);
        distinct.remove(null);
        if (distinct.isEmpty()) {
            return;
        }
        long number = changes.reserve(1).next();
        List<List<Object>> rows = new ArrayList<>(distinct.size());
        for (String childId : distinct) {
            rows.add(List.of(number, childId));
        }
        JdbcBatches.run(jdbc, "INSERT INTO episode_change (change_seq, child_id) VALUES (?, ?)", rows);
    }
}
