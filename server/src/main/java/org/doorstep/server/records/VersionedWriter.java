package org.doorstep.server.records;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.doorstep.protocol.ApiError;
import org.doorstep.protocol.ErrorCode;
import org.doorstep.protocol.FieldChecks;
import org.doorstep.protocol.push.MutationResult;
import org.doorstep.server.access.AccessPolicy;
import org.doorstep.server.db.ChangeNumbers;
import org.doorstep.server.scope.Caller;

/**
 * Applies "record" and "update" mutations of any versioned record kind inside the push transaction,
 * with the same guarantees as visits: the table's unique keys decide whether a row is stored, a retry
 * with the same content is a duplicate, a reused id with other content is refused, and an update made
 * from a stale version is a conflict carrying the server's version. Nothing is half-written: a refused
 * mutation writes no row.
 */
@Singleton
public class VersionedWriter {
    private final AccessPolicy access;

    VersionedWriter(AccessPolicy access) {
        this.access = access;
    }

    /** Stores {@code record} as version 1. */
    public <R> MutationResult record(VersionedTable<R> table, UUID operationId, R record, Caller caller, Instant now,
                                     ChangeNumbers numbers) {
        RecordKind<R> kind = table.kind();
        Optional<MutationResult> refusal = refuse(table, operationId, record, caller, now, Optional.empty());
        if (refusal.isPresent()) {
            return refusal.get();
        }
        UUID id = kind.id(record);
        Optional<MutationResult> retry = resubmission(table, operationId, id, table.hashOf(record));
        if (retry.isPresent()) {
            return retry.get();
        }
        StoredRow<R> row = table.newRow(record, 1, operationId, now, numbers.next());
        if (table.insert(row, caller.deviceId())) {
            return MutationResult.applied(operationId, id, 1);
        }
        // Another push stored this operation or this id meanwhile (a concurrent retry, or a reused id).
        return resubmission(table, operationId, id, row.contentHash()).orElseGet(() -> {
            Optional<StoredRow<R>> first = table.findVersion(id.toString(), 1);
            if (first.isPresent() && first.get().contentHash().equals(row.contentHash())) {
                return MutationResult.duplicate(operationId, id, 1);
            }
            return MutationResult.rejected(operationId, id, ApiError.onField(ErrorCode.ID_REUSED, kind.field() + ".id",
                    "A different " + noun(kind) + " with this id is already stored; the stored one was not changed"));
        });
    }

    /** Stores {@code record} as the version after {@code baseVersion}, if that is still the latest. */
    public <R> MutationResult update(VersionedTable<R> table, UUID operationId, Integer baseVersion, R record,
                                     Caller caller, Instant now, ChangeNumbers numbers) {
        RecordKind<R> kind = table.kind();
        Optional<StoredRow<R>> latest = record == null || kind.id(record) == null ? Optional.empty()
                : table.findLatest(kind.id(record).toString());
        Optional<MutationResult> refusal = refuse(table, operationId, record, caller, now, latest.map(StoredRow::record));
        if (refusal.isPresent()) {
            return refusal.get();
        }
        UUID id = kind.id(record);
        if (baseVersion == null || baseVersion < 1) {
            return MutationResult.rejected(operationId, id, ApiError.onField(baseVersion == null ? ErrorCode.REQUIRED
                    : ErrorCode.INVALID_FORMAT, "baseVersion", "baseVersion must name the version this update was made from"));
        }
        String hash = table.hashOf(record);
        Optional<MutationResult> retry = resubmission(table, operationId, id, hash);
        if (retry.isPresent()) {
            return retry.get();
        }
        if (latest.isEmpty()) {
            return MutationResult.rejected(operationId, id, ApiError.onField(ErrorCode.NOT_FOUND, kind.field() + ".id",
                    "No " + noun(kind) + " with this id is stored; record it before updating it"));
        }
        if (!latest.get().childId().equals(kind.childId(record))) {
            return MutationResult.rejected(operationId, id, ApiError.onField(ErrorCode.INCONSISTENT, kind.field() + ".childId",
                    "An update cannot move a " + noun(kind) + " to another child"));
        }
        if (latest.get().version() != baseVersion) {
            return conflict(table, operationId, latest.get());
        }
        StoredRow<R> row = table.newRow(record, baseVersion + 1, operationId, now, numbers.next());
        if (!table.insert(row, caller.deviceId())) {
            return resubmission(table, operationId, id, hash)
                    .orElseGet(() -> conflict(table, operationId, table.findLatest(id.toString()).orElseThrow()));
        }
        table.supersede(id.toString(), baseVersion);
        return MutationResult.applied(operationId, id, baseVersion + 1);
    }

    private <R> MutationResult conflict(VersionedTable<R> table, UUID operationId, StoredRow<R> latest) {
        return MutationResult.conflict(operationId, table.toStored(latest));
    }

    private <R> Optional<MutationResult> refuse(VersionedTable<R> table, UUID operationId, R record, Caller caller,
                                                Instant now, Optional<R> latestStored) {
        RecordKind<R> kind = table.kind();
        if (record == null) {
            return Optional.of(MutationResult.rejected(operationId, null, FieldChecks.required(kind.field())));
        }
        UUID id = kind.id(record);
        List<ApiError> errors = kind.validate(record, now);
        if (!errors.isEmpty()) {
            return Optional.of(MutationResult.rejected(operationId, id, errors.get(0).under(kind.field())));
        }
        String childId = kind.childId(record);
        if (!access.access(caller, childId, kind.area()).canWrite()) {
            return Optional.of(MutationResult.rejected(operationId, id, ApiError.onField(ErrorCode.CHILD_NOT_IN_SCOPE,
                    kind.field() + ".childId", "This child is not in your caseload; nothing was stored")));
        }
        return kind.checkRelations(record, latestStored)
                .map(error -> MutationResult.rejected(operationId, id, error.under(kind.field())));
    }

    /** When this operation id was used before: a duplicate if for the same content, else a refusal. */
    private <R> Optional<MutationResult> resubmission(VersionedTable<R> table, UUID operationId, UUID id, String hash) {
        return table.findByOperation(operationId.toString()).map(earlier -> {
            if (earlier.id().equals(id.toString()) && earlier.contentHash().equals(hash)) {
                return MutationResult.duplicate(operationId, id, earlier.version());
            }
            return MutationResult.rejected(operationId, id, ApiError.onField(ErrorCode.ID_REUSED, "operationId",
                    "This operation id was already used with different content; nothing was stored"));
        });
    }

    private static String noun(RecordKind<?> kind) {
        return kind.table().replace('_', ' ');
    }
}
