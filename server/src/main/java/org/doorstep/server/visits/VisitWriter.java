package org.doorstep.server.visits;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.doorstep.protocol.ApiError;
import org.doorstep.protocol.ErrorCode;
import org.doorstep.protocol.push.AmendVisit;
import org.doorstep.protocol.push.MutationResult;
import org.doorstep.protocol.push.RecordVisit;
import org.doorstep.protocol.visit.Visit;
import org.doorstep.protocol.visit.VisitValidator;
import org.doorstep.server.children.ChildRepository;
import org.doorstep.server.db.ChangeNumbers;
import org.doorstep.server.scope.Caller;
import org.doorstep.server.scope.CaseloadScope;

/**
 * Applies visit mutations inside the push transaction. Idempotency rests on the table's unique keys:
 * the insert either stores the row or finds one already there, and only then is the existing row read
 * to tell a harmless retry (same content) from a reused id (different content).
 */
@Singleton
public class VisitWriter {
    private final ChildRepository children;
    private final VisitRepository visits;
    private final CaseloadScope scope;

    VisitWriter(ChildRepository children, VisitRepository visits, CaseloadScope scope) {
        this.children = children;
        this.visits = visits;
        this.scope = scope;
    }

    public MutationResult record(RecordVisit mutation, Caller caller, Instant now, ChangeNumbers numbers) {
        UUID operationId = mutation.operationId();
        Optional<MutationResult> refusal = refuse(operationId, mutation.visit(), caller, now);
        if (refusal.isPresent()) {
            return refusal.get();
        }
        VisitEntity row = VisitRows.toRow(mutation.visit(), 1, operationId, caller.deviceId(), now, numbers.next());
        if (insert(row) == 1) {
            return MutationResult.applied(operationId, mutation.visit().id(), 1);
        }
        return resubmission(operationId, row).orElseGet(() -> {
            UUID visitId = mutation.visit().id();
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
        Optional<MutationResult> refusal = refuse(operationId, mutation.visit(), caller, now);
        if (refusal.isPresent()) {
            return refusal.get();
        }
        Visit visit = mutation.visit();
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
        if (insert(row) == 0) {
            return MutationResult.conflict(operationId, VisitRows.toStored(visits.findLatest(row.id()).orElseThrow()));
        }
        visits.supersede(row.id(), base);
        return MutationResult.applied(operationId, visit.id(), base + 1);
    }

    private Optional<MutationResult> refuse(UUID operationId, Visit visit, Caller caller, Instant now) {
        if (visit == null) {
            return Optional.of(MutationResult.rejected(operationId, null,
                    ApiError.onField(ErrorCode.REQUIRED, "visit", "visit is required")));
        }
        List<ApiError> errors = VisitValidator.validate(visit, now);
        if (!errors.isEmpty()) {
            return Optional.of(MutationResult.rejected(operationId, visit.id(), errors.get(0).under("visit")));
        }
        if (!children.existsById(visit.childId()) || !scope.includes(caller, visit.childId())) {
            return Optional.of(MutationResult.rejected(operationId, visit.id(), ApiError.onField(ErrorCode.UNKNOWN_CHILD,
                    "visit.childId", "No child with id " + visit.childId() + " is in your caseload")));
        }
        return Optional.empty();
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

    private int insert(VisitEntity row) {
        return visits.insertIfAbsent(row.id(), row.version(), row.operationId(), row.childId(), row.deviceId(),
                row.occurredAt(), row.occurredOffset(), row.recordedAt(), row.recordedOffset(), row.receivedAt(),
                row.seen(), row.seenAlone(), row.notAloneReason(), row.notes(), row.timeFlags(), row.contentHash(),
                row.latest(), row.changeSeq());
    }
}
