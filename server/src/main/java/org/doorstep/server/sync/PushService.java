package org.doorstep.server.sync;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.doorstep.protocol.ApiError;
import org.doorstep.protocol.ErrorCode;
import org.doorstep.protocol.push.MutationResult;
import org.doorstep.protocol.push.PushResponse;
import org.doorstep.protocol.push.RecordVisit;
import org.doorstep.protocol.visit.Visit;
import org.doorstep.protocol.visit.VisitValidator;
import org.doorstep.server.children.ChildRepository;
import org.doorstep.server.visits.VisitEntity;
import org.doorstep.server.visits.VisitRepository;
import org.doorstep.server.visits.VisitRows;

/**
 * Applies a push. The batch runs in one transaction: if the database fails part-way, nothing of the
 * batch is kept and the device retries it whole; each mutation otherwise gets its own result.
 */
@Singleton
class PushService {
    private final ChildRepository children;
    private final VisitRepository visits;
    private final Clock clock;

    PushService(ChildRepository children, VisitRepository visits, Clock clock) {
        this.children = children;
        this.visits = visits;
        this.clock = clock;
    }

    @Transactional
    public PushResponse apply(ParsedPush push) {
        Instant now = clock.instant();
        List<MutationResult> results = new ArrayList<>(push.entries().size());
        for (ParsedPush.Entry entry : push.entries()) {
            if (entry instanceof ParsedPush.Unreadable unreadable) {
                results.add(unreadable.rejection());
            } else if (entry instanceof ParsedPush.Readable readable
                    && readable.mutation() instanceof RecordVisit record) {
                results.add(recordVisit(record, push.deviceId(), now));
            } else {
                throw new IllegalStateException("No handler for " + entry);
            }
        }
        return new PushResponse(now, results);
    }

    private MutationResult recordVisit(RecordVisit mutation, String deviceId, Instant now) {
        UUID operationId = mutation.operationId();
        Visit visit = mutation.visit();
        if (visit == null) {
            return MutationResult.rejected(operationId, null, ApiError.onField(ErrorCode.REQUIRED, "visit", "visit is required"));
        }
        List<ApiError> errors = VisitValidator.validate(visit, now);
        if (!errors.isEmpty()) {
            return MutationResult.rejected(operationId, visit.id(), errors.get(0).under("visit"));
        }
        if (!children.existsById(visit.childId())) {
            return MutationResult.rejected(operationId, visit.id(), ApiError.onField(ErrorCode.UNKNOWN_CHILD,
                    "visit.childId", "No child with id " + visit.childId() + " is known to the server"));
        }
        VisitEntity row = VisitRows.toRow(visit, operationId, deviceId, now);
        int stored = visits.insertIfAbsent(row.id(), row.operationId(), row.childId(), row.deviceId(), row.occurredAt(),
                row.occurredOffset(), row.recordedAt(), row.recordedOffset(), row.receivedAt(), row.seen(),
                row.seenAlone(), row.notAloneReason(), row.notes(), row.contentHash());
        if (stored == 1) {
            return MutationResult.applied(operationId, visit.id());
        }
        return resubmission(operationId, row);
    }

    /** The id or the operation id was stored before: a harmless retry, or a reused id that changes nothing. */
    private MutationResult resubmission(UUID operationId, VisitEntity attempted) {
        Optional<VisitEntity> sameId = visits.findById(attempted.id());
        UUID visitId = UUID.fromString(attempted.id());
        if (sameId.isPresent() && sameId.get().contentHash().equals(attempted.contentHash())) {
            return MutationResult.duplicate(operationId, visitId);
        }
        if (sameId.isPresent()) {
            return MutationResult.rejected(operationId, visitId, ApiError.onField(ErrorCode.ID_REUSED, "visit.id",
                    "A different visit with this id is already stored; the stored visit was not changed"));
        }
        return MutationResult.rejected(operationId, visitId, ApiError.onField(ErrorCode.ID_REUSED, "operationId",
                "This operation id was already used for another visit; nothing was stored"));
    }
}
