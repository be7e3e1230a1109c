package org.doorstep.server.sync;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.doorstep.protocol.push.AmendVisit;
import org.doorstep.protocol.push.Mutation;
import org.doorstep.protocol.push.MutationResult;
import org.doorstep.protocol.push.PushResponse;
import org.doorstep.protocol.push.RecordMissingEpisode;
import org.doorstep.protocol.push.RecordReturnInterview;
import org.doorstep.protocol.push.RecordVisit;
import org.doorstep.protocol.push.UpdateMissingEpisode;
import org.doorstep.protocol.push.UpdateReturnInterview;
import org.doorstep.server.access.ScopeChanges;
import org.doorstep.server.audit.AuditEntry;
import org.doorstep.server.audit.AuditLog;
import org.doorstep.server.db.ChangeNumbers;
import org.doorstep.server.db.ChangeSequence;
import org.doorstep.server.scope.Caller;
import org.doorstep.server.missing.MissingRecords;
import org.doorstep.server.records.VersionedWriter;
import org.doorstep.server.visits.VisitWriter;

/**
 * The write half of a push. The batch runs in one transaction: if the database fails part-way, nothing of
 * the batch is kept and the device retries it whole; otherwise each mutation gets its own result.
 */
@Singleton
class PushTransaction {
    private final ChangeSequence changes;
    private final VisitWriter visits;
    private final VersionedWriter records;
    private final MissingRecords missing;
    private final ScopeChanges scopes;
    private final AuditLog audit;

    PushTransaction(ChangeSequence changes, VisitWriter visits, VersionedWriter records, MissingRecords missing,
                    ScopeChanges scopes, AuditLog audit) {
        this.changes = changes;
        this.visits = visits;
        this.records = records;
        this.missing = missing;
        this.scopes = scopes;
        this.audit = audit;
    }

    /**
     * Applies {@code push}; {@code prepared} holds, at the index of each new visit, the visit as
     * {@link VisitWriter#prepare} left it, and null elsewhere.
     */
    @Transactional
    public PushResponse apply(ParsedPush push, List<VisitWriter.Prepared> prepared, Caller caller, Instant now) {
        ChangeNumbers numbers = changes.reserve(push.entries().size());
        List<MutationResult> results = new ArrayList<>(push.entries().size());
        // Consecutive new visits go to the database together; anything else flushes them first, so that
        // mutations still take effect in the order the device sent them.
        List<VisitWriter.Prepared> run = new ArrayList<>();
        for (int i = 0; i < push.entries().size(); i++) {
            ParsedPush.Entry entry = push.entries().get(i);
            if (prepared.get(i) != null) {
                run.add(prepared.get(i));
                continue;
            }
            flush(run, results, caller, now, numbers);
            if (entry instanceof ParsedPush.Unreadable unreadable) {
                results.add(unreadable.rejection());
            } else if (entry instanceof ParsedPush.Readable readable) {
                results.add(apply(readable.mutation(), caller, now, numbers));
            }
        }
        flush(run, results, caller, now, numbers);
        afterApplied(push, results, caller, now);
        return new PushResponse(now, results);
    }

    /**
     * For each applied mutation, in the push's transaction: its audit entry, and the scope change a child's
     * first missing episode makes. Either both the records and these commit, or nothing does.
     */
    private void afterApplied(ParsedPush push, List<MutationResult> results, Caller caller, Instant now) {
        List<AuditEntry> entries = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            MutationResult result = results.get(i);
            if (result.outcome() != MutationResult.Outcome.APPLIED
                    || !(push.entries().get(i) instanceof ParsedPush.Readable readable)) {
                continue;
            }
            Written written = Written.of(readable.mutation());
            entries.add(new AuditEntry(AuditLog.WRITE, written.childId(),
                    written.kind() + ":" + result.entityId() + " v" + result.version(), readable.mutation().getClass().getSimpleName()));
            if (readable.mutation() instanceof RecordMissingEpisode) {
                scopes.afterMissingEpisodeStored(written.childId(), now);
            }
        }
        audit.recordAll(caller, entries);
    }

    /** The child and kind of record a mutation writes. */
    private record Written(String childId, String kind) {
        static Written of(Mutation mutation) {
            if (mutation instanceof RecordVisit m) {
                return new Written(m.visit().childId(), "visit");
            }
            if (mutation instanceof AmendVisit m) {
                return new Written(m.visit().childId(), "visit");
            }
            if (mutation instanceof RecordMissingEpisode m) {
                return new Written(m.episode().childId(), "missing_episode");
            }
            if (mutation instanceof UpdateMissingEpisode m) {
                return new Written(m.episode().childId(), "missing_episode");
            }
            if (mutation instanceof RecordReturnInterview m) {
                return new Written(m.interview().childId(), "return_interview");
            }
            if (mutation instanceof UpdateReturnInterview m) {
                return new Written(m.interview().childId(), "return_interview");
            }
            throw new IllegalStateException("No record kind for mutation type " + mutation.getClass().getSimpleName());
        }
    }

    private void flush(List<VisitWriter.Prepared> run, List<MutationResult> results, Caller caller, Instant now,
                       ChangeNumbers numbers) {
        if (!run.isEmpty()) {
            results.addAll(visits.recordAll(run, caller, numbers));
            run.clear();
        }
    }

    private MutationResult apply(Mutation mutation, Caller caller, Instant now, ChangeNumbers numbers) {
        if (mutation instanceof AmendVisit amend) {
            return visits.amend(amend, caller, now, numbers);
        }
        if (mutation instanceof RecordMissingEpisode record) {
            return records.record(missing.episodes(), record.operationId(), record.episode(), caller, now, numbers);
        }
        if (mutation instanceof UpdateMissingEpisode update) {
            return records.update(missing.episodes(), update.operationId(), update.baseVersion(), update.episode(), caller, now, numbers);
        }
        if (mutation instanceof RecordReturnInterview record) {
            return records.record(missing.interviews(), record.operationId(), record.interview(), caller, now, numbers);
        }
        if (mutation instanceof UpdateReturnInterview update) {
            return records.update(missing.interviews(), update.operationId(), update.baseVersion(), update.interview(), caller, now, numbers);
        }
        throw new IllegalStateException("No handler for mutation type " + mutation.getClass().getSimpleName());
    }
}
