package org.doorstep.server.visits;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.UUID;
import org.doorstep.protocol.ApiError;
import org.doorstep.protocol.ErrorCode;
import org.doorstep.protocol.push.AmendVisit;
import org.doorstep.protocol.push.MutationResult;
import org.doorstep.protocol.push.RecordVisit;
import org.doorstep.protocol.visit.Visit;
import org.doorstep.protocol.visit.VisitValidator;
import org.doorstep.server.db.ChangeNumbers;
import org.doorstep.server.scope.Caller;
import org.doorstep.server.access.AccessPolicy;
import org.doorstep.server.access.RecordArea;

/**
 * Applies visit mutations inside the push transaction. Idempotency rests on the table's unique keys:
 * the insert either stores the row or finds one already there, and only then is the existing row read
 * to tell a harmless retry (same content) from a reused id (different content).
 */
@Singleton
public class VisitWriter {
    private final VisitRepository visits;
    private final AccessPolicy access;
    private final VisitInserts inserts;

    VisitWriter(VisitRepository visits, AccessPolicy access, VisitInserts inserts) {
        this.visits = visits;
        this.access = access;
        this.inserts = inserts;
    }

    /**
     * A new visit checked and turned into its row before the write transaction begins: the validation,
     * fingerprint and time formatting are most of a push's work, and done here they do not hold SQLite's
     * single write lock. {@code refusal} is set when the visit is invalid; otherwise {@code row} waits for
     * its change number.
     */
    public record Prepared(RecordVisit mutation, MutationResult refusal, VisitEntity row) {
    }

    /** Checks {@code mutation} and builds its row; needs no database. */
    public Prepared prepare(RecordVisit mutation, String deviceId, Instant now) {
        Optional<MutationResult> invalid = invalid(mutation.operationId(), mutation.visit(), now);
        if (invalid.isPresent()) {
            return new Prepared(mutation, invalid.get(), null);
        }
        return new Prepared(mutation, null,
                VisitRows.toRow(mutation.visit(), 1, mutation.operationId(), deviceId, now, 0));
    }

    /**
     * Records prepared visits in one round trip: children are looked up once, rows inserted in one batch, and
     * only rows that met an existing key are read back to tell a retry from a reused id.
     */
    public List<MutationResult> recordAll(List<Prepared> batch, Caller caller, ChangeNumbers numbers) {
        Set<String> known = knownChildren(batch.stream().filter(p -> p.row() != null).map(p -> p.mutation().visit()).toList(),
                caller);
        MutationResult[] results = new MutationResult[batch.size()];
        List<VisitEntity> rows = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            Prepared prepared = batch.get(i);
            if (prepared.refusal() != null) {
                results[i] = prepared.refusal();
            } else if (!known.contains(prepared.row().childId())) {
                results[i] = outOfScope(prepared.mutation().operationId(), prepared.mutation().visit());
            } else {
                rows.add(prepared.row().withChangeSeq(numbers.next()));
                positions.add(i);
            }
        }
        int[] stored = inserts.insertAll(rows);
        for (int r = 0; r < rows.size(); r++) {
            int i = positions.get(r);
            RecordVisit mutation = batch.get(i).mutation();
            results[i] = stored[r] == 1 ? MutationResult.applied(mutation.operationId(), mutation.visit().id(), 1)
                    : resubmittedRecord(mutation.operationId(), rows.get(r));
        }
        return Arrays.asList(results);
    }

    private MutationResult resubmittedRecord(UUID operationId, VisitEntity row) {
        return resubmission(operationId, row).orElseGet(() -> {
            UUID visitId = UUID.fromString(row.id());
            Optional<VisitEntity> first = visits.findVersion(row.id(), 1);
            if (first.isPresent() && first.get().contentHash().equals(row.contentHash())) {
                return MutationResult.duplicate(operationId, visitId, 1);
            }
            return MutationResult.rejected(operationId, visitId, ApiError.onField(ErrorCode.ID_REUSED, "visit.id",
                    "A different visit with this id is already stored; the stored visit was not changed"));
        });
    }

    public MutationResult amend(AmendVisit mutation, Caller caller, Instant now, ChangeNumbers numbers) {
        UUID operationId = mutation.operationId();
        Optional<MutationResult> invalid = invalid(operationId, mutation.visit(), now);
        if (invalid.isPresent()) {
            return invalid.get();
        }
        Visit visit = mutation.visit();
        if (!knownChildren(List.of(visit), caller).contains(visit.childId())) {
            return outOfScope(operationId, visit);
        }
        Integer base = mutation.baseVersion();
        if (base == null || base < 1) {
            return MutationResult.rejected(operationId, visit.id(), ApiError.onField(base == null ? ErrorCode.REQUIRED
                    : ErrorCode.INVALID_FORMAT, "baseVersion", "baseVersion must name the version this correction was made from"));
        }
        String hash = VisitRows.contentHash(visit);
        Optional<MutationResult> retry = resubmission(operationId, visit.id().toString(), hash);
        if (retry.isPresent()) {
            return retry.get();
        }
        Optional<VisitEntity> latest = visits.findLatest(visit.id().toString());
        if (latest.isEmpty()) {
            return MutationResult.rejected(operationId, visit.id(), ApiError.onField(ErrorCode.NOT_FOUND, "visit.id",
                    "No visit with this id is stored; record it before correcting it"));
        }
        if (!latest.get().childId().equals(visit.childId())) {
            return MutationResult.rejected(operationId, visit.id(), ApiError.onField(ErrorCode.INCONSISTENT, "visit.childId",
                    "A correction cannot move a visit to another child"));
        }
        if (latest.get().version() != base) {
            return MutationResult.conflict(operationId, VisitRows.toStored(latest.get()));
        }
        VisitEntity row = VisitRows.toRow(visit, base + 1, operationId, caller.deviceId(), now, numbers.next());
        if (inserts.insertAll(List.of(row))[0] == 0) {
            return MutationResult.conflict(operationId, VisitRows.toStored(visits.findLatest(row.id()).orElseThrow()));
        }
        visits.supersede(row.id(), base);
        return MutationResult.applied(operationId, visit.id(), base + 1);
    }

    /** The ids among these visits' children the caller may record visits for: one query. */
    private Set<String> knownChildren(List<Visit> batch, Caller caller) {
        Set<String> ids = new HashSet<>();
        for (Visit visit : batch) {
            if (visit != null && visit.childId() != null && VisitValidator.CHILD_ID.matcher(visit.childId()).matches()) {
                ids.add(visit.childId());
            }
        }
        Set<String> writable = new HashSet<>();
        if (!ids.isEmpty()) {
            access.accessAll(caller, ids, RecordArea.VISITS).forEach((id, level) -> {
                if (level.canWrite()) {
                    writable.add(id);
                }
            });
        }
        return writable;
    }

    private static Optional<MutationResult> invalid(UUID operationId, Visit visit, Instant now) {
        if (visit == null) {
            return Optional.of(MutationResult.rejected(operationId, null,
                    ApiError.onField(ErrorCode.REQUIRED, "visit", "visit is required")));
        }
        List<ApiError> errors = VisitValidator.validate(visit, now);
        if (!errors.isEmpty()) {
            return Optional.of(MutationResult.rejected(operationId, visit.id(), errors.get(0).under("visit")));
        }
        return Optional.empty();
    }

    private static MutationResult outOfScope(UUID operationId, Visit visit) {
        return MutationResult.rejected(operationId, visit.id(), ApiError.onField(ErrorCode.CHILD_NOT_IN_SCOPE,
                "visit.childId", "This child is not in your caseload; nothing was stored"));
    }

    /** When this operation id was used before: a duplicate if for the same content, else a refusal. */
    private Optional<MutationResult> resubmission(UUID operationId, VisitEntity attempted) {
        return resubmission(operationId, attempted.id(), attempted.contentHash());
    }

    private Optional<MutationResult> resubmission(UUID operationId, String visitId, String contentHash) {
        return visits.findByOperation(operationId.toString()).map(earlier -> {
            if (earlier.id().equals(visitId) && earlier.contentHash().equals(contentHash)) {
                return MutationResult.duplicate(operationId, UUID.fromString(visitId), earlier.version());
            }
            return MutationResult.rejected(operationId, UUID.fromString(visitId), ApiError.onField(ErrorCode.ID_REUSED,
                    "operationId", "This operation id was already used with different content; nothing was stored"));
        });
    }
}
