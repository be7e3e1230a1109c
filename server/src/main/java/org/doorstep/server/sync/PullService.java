package org.doorstep.server.sync;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.doorstep.protocol.missing.MissingEpisode;
import org.doorstep.protocol.missing.ReturnInterview;
import org.doorstep.protocol.missing.StoredMissingEpisode;
import org.doorstep.protocol.missing.StoredReturnInterview;
import org.doorstep.protocol.pull.Change;
import org.doorstep.protocol.pull.MissingEpisodeChange;
import org.doorstep.protocol.pull.ReturnInterviewChange;
import org.doorstep.protocol.pull.ChildChange;
import org.doorstep.protocol.pull.PullResponse;
import org.doorstep.protocol.pull.VisitChange;
import org.doorstep.protocol.visit.ChildSummary;
import org.doorstep.server.children.ChildEntity;
import org.doorstep.server.children.ChildRepository;
import org.doorstep.server.db.ChangeSequence;
import org.doorstep.server.missing.MissingRecords;
import org.doorstep.server.records.StoredRow;
import org.doorstep.server.scope.Caller;
import org.doorstep.server.scope.CaseloadScope;
import org.doorstep.server.visits.VisitEntity;
import org.doorstep.server.visits.VisitRepository;
import org.doorstep.server.visits.VisitRows;

/**
 * Pages of changes after a cursor, in change-number order, across every kind of record.
 *
 * <p>Gap-free under concurrent writers: the page is bounded above by the committed value of the change
 * counter, read first. Writers reserve numbers under the counter row's lock and commit before the next
 * writer can reserve, so every change numbered at or below that value is already committed and visible
 * to the queries that follow, whatever the isolation level; later changes wait for the next pull.
 */
@Singleton
class PullService {
    private final ChangeSequence changes;
    private final ChildRepository children;
    private final VisitRepository visits;
    private final MissingRecords missing;
    private final CaseloadScope scope;
    private final Clock clock;

    PullService(ChangeSequence changes, ChildRepository children, VisitRepository visits, MissingRecords missing,
                CaseloadScope scope, Clock clock) {
        this.changes = changes;
        this.children = children;
        this.visits = visits;
        this.missing = missing;
        this.scope = scope;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public PullResponse pull(Caller caller, long after, int limit) {
        long upTo = changes.current();
        List<Numbered> candidates = new ArrayList<>();
        for (ChildEntity child : children.findChangedBetween(after, upTo, limit + 1)) {
            candidates.add(new Numbered(child.changeSeq(), child.id(),
                    new ChildChange(new ChildSummary(child.id(), child.displayName()))));
        }
        for (VisitEntity visit : visits.findChangedBetween(after, upTo, limit + 1)) {
            candidates.add(new Numbered(visit.changeSeq(), visit.childId(), new VisitChange(VisitRows.toStored(visit))));
        }
        for (StoredRow<MissingEpisode> row : missing.episodes().changedBetween(after, upTo, limit + 1)) {
            candidates.add(new Numbered(row.changeSeq(), row.childId(),
                    new MissingEpisodeChange((StoredMissingEpisode) missing.episodes().toStored(row))));
        }
        for (StoredRow<ReturnInterview> row : missing.interviews().changedBetween(after, upTo, limit + 1)) {
            candidates.add(new Numbered(row.changeSeq(), row.childId(),
                    new ReturnInterviewChange((StoredReturnInterview) missing.interviews().toStored(row))));
        }
        candidates.sort(Comparator.comparingLong(Numbered::number));
        boolean hasMore = candidates.size() > limit;
        List<Numbered> page = hasMore ? candidates.subList(0, limit) : candidates;
        // Without more, every source was read to its end at upTo: the cursor may skip the gaps up to it.
        long last = hasMore ? page.get(page.size() - 1).number() : Math.max(after, upTo);
        List<Change> visible = page.stream().filter(n -> scope.includes(caller, n.childId())).map(Numbered::change).toList();
        return new PullResponse(clock.instant(), visible, Cursor.encode(last), hasMore);
    }

    private record Numbered(long number, String childId, Change change) {
    }
}
