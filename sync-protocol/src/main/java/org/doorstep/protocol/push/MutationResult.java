package org.doorstep.protocol.push;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;
import org.doorstep.protocol.ApiError;

/**
 * What happened to one mutation. {@link Outcome#APPLIED} and {@link Outcome#DUPLICATE} both mean
 * the server holds the record and the device may mark it sent; {@link Outcome#REJECTED} carries the
 * reason and the device keeps the record for the worker to fix.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MutationResult(UUID operationId, UUID entityId, Outcome outcome, ApiError error) {

    public enum Outcome {
        /** Stored now. */
        APPLIED("applied"),
        /** Stored by an earlier push of the same operation with the same content; nothing changed. */
        DUPLICATE("duplicate"),
        /** Not stored; see the error. */
        REJECTED("rejected");

        private final String wireName;

        Outcome(String wireName) {
            this.wireName = wireName;
        }

        @JsonValue
        public String wireName() {
            return wireName;
        }
    }

    public static MutationResult applied(UUID operationId, UUID entityId) {
        return new MutationResult(operationId, entityId, Outcome.APPLIED, null);
    }

    public static MutationResult duplicate(UUID operationId, UUID entityId) {
        return new MutationResult(operationId, entityId, Outcome.DUPLICATE, null);
    }

    public static MutationResult rejected(UUID operationId, UUID entityId, ApiError error) {
        return new MutationResult(operationId, entityId, Outcome.REJECTED, error);
    }

    /** True when the server holds the record: the device may stop sending it. */
    public boolean acknowledged() {
        return outcome == Outcome.APPLIED || outcome == Outcome.DUPLICATE;
    }
}
