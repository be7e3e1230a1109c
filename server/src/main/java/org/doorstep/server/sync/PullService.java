package org.doorstep.server.sync;

import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.doorstep.protocol.ApiError;
import org.doorstep.protocol.ErrorCode;
import org.doorstep.protocol.pull.Change;
import org.doorstep.protocol.pull.ChildRemovedChange;
import org.doorstep.protocol.pull.PolicyChange;
import org.doorstep.protocol.pull.PullResponse;
import org.doorstep.server.access.AccessPolicy;
import org.doorstep.server.access.CallerProfile;
import org.doorstep.server.access.ChildRows;
import org.doorstep.server.access.ScopeChange;
import org.doorstep.server.access.ScopeChanges;
import org.doorstep.server.db.ChangeSequence;
import org.doorstep.server.policy.PolicyStore;
import org.doorstep.server.scope.Caller;
import org.doorstep.server.web.ApiErrorException;

/**
 * Pages of the changes a caller may see after their cursor, in change-number order, across every kind of
 * record, with removals and entries when children leave or join the caller's caseload.
 *
 * <p>Gap-free under concurrent writers: the page is bounded above by the committed value of the change
 * counter, read first. Writers reserve numbers under the counter row's lock and commit before the next
 * writer can reserve, so every change numbered at or below that value is already committed and visible
 * to the queries that follow, whatever the isolation level; later changes wait for the next pull.
 *
 * <p>Scoping: a record's change goes to callers who saw its child when it was made and still do. A scope
 * change (re-allocation, closure, first missing episode) is, for a caller whose view of the child it
 * changes, either a removal ({@code child_removed}) or an entry: the child and every version of its records
 * up to that number, however old, delivered at the scope change's place in the stream. Only a child's last
 * such transition within the window counts. See docs/ACCESS.md.
 */
@Singleton
class PullService {
    private final ChangeSequence changes;
    private final ChangeReader reader;
    private final AccessPolicy access;
    private final ScopeChanges scopes;
    private final PolicyStore policies;
    private final Clock clock;

    PullService(ChangeSequence changes, ChangeReader reader, AccessPolicy access, ScopeChanges scopes,
                PolicyStore policies, Clock clock) {
        this.changes = changes;
        this.reader = reader;
        this.access = access;
        this.scopes = scopes;
        this.policies = policies;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public PullPage pull(Caller caller, Cursor.Position from, int limit) {
        long upTo = changes.current();
        long after = from.after();
        CallerProfile who = access.profile(caller);
        if (after >= 0 && who.scopeResetSeq() != from.epoch()) {
            throw new ApiErrorException(HttpStatus.CONFLICT, ApiError.of(ErrorCode.CASELOAD_RESET, "What you may see "
                    + "changed since this cursor (another team, area or roles): drop the pulled copies and pull again "
                    + "without a cursor"));
        }
        Map<String, ChildRows.Row> visibleNow = access.visibleRows(who);
        List<ScopeChange> window = scopes.between(after, upTo, access.teamFilter(who));
        Set<String> relevant = new HashSet<>(visibleNow.keySet());
        for (ScopeChange change : window) {
            relevant.add(change.childId());
        }
        // Each table is read to limit + skip + 1 rows: enough to fill the page even where it resumes inside a group.
        List<ChangeReader.Batch> batches = reader.between(after, upTo, relevant, limit + from.skipFirst() + 1);
        long horizon = upTo;
        Set<String> changedChildren = new HashSet<>();
        for (ChangeReader.Batch batch : batches) {
            if (batch.full()) {
                horizon = Math.min(horizon, batch.last());
            }
            batch.changes().forEach(change -> changedChildren.add(change.childId()));
        }
        ScopeHistory history = new ScopeHistory(access, who, access.teamAreas(), visibleNow,
                scopes.ofChildren(changedChildren));

        NavigableMap<Long, Supplier<List<NumberedChange>>> groups = new TreeMap<>();
        for (ChangeReader.Batch batch : batches) {
            for (NumberedChange change : batch.changes()) {
                if (history.deliverable(change.childId(), change.number(), upTo)) {
                    groups.put(change.number(), () -> List.of(change));
                }
            }
        }
        Map<String, ScopeChange> lastTransition = new LinkedHashMap<>();
        for (ScopeChange change : window) {
            if (history.isTransition(change)) {
                lastTransition.put(change.childId(), change);
            }
        }
        for (ScopeChange change : lastTransition.values()) {
            if (history.sees(change.after())) {
                groups.put(change.number(), () -> reader.wholeChild(change.childId(), change.number()));
            } else {
                NumberedChange removal = new NumberedChange(change.number(), null, new ChildRemovedChange(change.childId()));
                groups.put(change.number(), () -> List.of(removal));
            }
        }
        for (PolicyStore.Numbered saved : policies.changedBetween(after, upTo)) {
            NumberedChange policy = new NumberedChange(saved.changeNumber(), null, new PolicyChange(saved.policy()));
            groups.put(saved.changeNumber(), () -> List.of(policy));
        }
        if (after < 0 && !policies.anySavedUpTo(upTo)) {
            NumberedChange policy = new NumberedChange(0, null, new PolicyChange(policies.current()));
            groups.put(0L, () -> List.of(policy));
        }
        return page(groups.headMap(horizon, true), from, limit, horizon, upTo, who.scopeResetSeq());
    }

    private PullPage page(NavigableMap<Long, Supplier<List<NumberedChange>>> groups, Cursor.Position from, int limit,
                          long horizon, long upTo, long epoch) {
        List<Change> page = new ArrayList<>();
        Map<String, Integer> perChild = new LinkedHashMap<>();
        for (Map.Entry<Long, Supplier<List<NumberedChange>>> group : groups.entrySet()) {
            List<NumberedChange> items = group.getValue().get();
            int start = group.getKey() == from.after() + 1 ? from.skipFirst() : 0;
            for (int i = start; i < items.size(); i++) {
                if (page.size() == limit) {
                    return new PullPage(new PullResponse(clock.instant(), page, Cursor.encodeWithin(group.getKey(), i, epoch), true), perChild);
                }
                NumberedChange item = items.get(i);
                page.add(item.change());
                if (item.childId() != null) {
                    perChild.merge(item.childId(), 1, Integer::sum);
                }
            }
        }
        // Every group up to the horizon is delivered; the numbers in between hold nothing for this caller.
        long last = Math.max(from.after(), horizon);
        return new PullPage(new PullResponse(clock.instant(), page, Cursor.encode(last, epoch), horizon < upTo), perChild);
    }
}
