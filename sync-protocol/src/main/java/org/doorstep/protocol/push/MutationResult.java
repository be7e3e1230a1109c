package org.doorstep.protocol.push;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;
import org.doorstep.protocol.ApiError;
import org.doorstep.protocol.ErrorCode;
import org.doorstep.protocol.StoredRecord;

/**
 * What happened to one mutation. {@link Outcome#APPLIED} and {@link Outcome#DUPLICATE} both mean
 * the server holds the record (at {@code version}) and the device may mark it sent;
 * {@link Outcome#REJECTED} carries the reason and the device keeps the record for the worker to fix;
 * {@link Outcome#CONFLICT} means the record changed on the server since the device's base version,
 * and carries the server's current version in {@code current}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MutationResult(UUID operationId, UUID entityId, Outcome outcome, Integer version, ApiError error,
                             StoredRecord current) {

    public enum Outcome {
        /** Stored now. */
        APPLIED("applied"),
        /** Stored by an earlier push of the same operation with the same content; nothing changed. */
        DUPLICATE("duplicate"),
        /** Not stored; see the error. */
        REJECTED("rejected"),
        /** Not stored: the base version is stale. {@code current} is the server's latest version. */
        CONFLICT("conflict");

        private final String wireName;

        Outcome(String wireName) {
            this.wireName = wireName;
        }

        @JsonValue
        public String wireName() {
            return wireName;
        }
    }

    public static MutationResult applied(UUID operationId, UUID entityId, int version) {
        return new MutationResult(operationId, entityId, Outcome.APPLIED, version, null, null);
    }

    public static MutationResult duplicate(UUID operationId, UUID entityId, int version) {
        return new MutationResult(operationId, entityId, Outcome.DUPLICATE, version, null, null);
    }

    public static MutationResult rejected(UUID operationId, UUID entityId, ApiError error) {
        return new MutationResult(operationId, entityId, Outcome.REJECTED, null, error, null);
    }

    public static MutationResult conflict(UUID operationId, StoredRecord current) {
        return new MutationResult(operationId, current.entityId(), Outcome.CONFLICT, current.version(),
                ApiError.onField(ErrorCode.STALE_VERSION, "baseVersion",
                        "The record was changed on the server (now version " + current.version() + "); review it and send the change again"),
                current);
    }

    /** True when the server holds the record: the device may stop sending it. */
    public boolean acknowledged() {
        return outcome == Outcome.APPLIED || outcome == Outcome.DUPLICATE;
    }
}
