package org.doorstep.protocol.push;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.UUID;
import org.doorstep.protocol.missing.ReturnInterview;

/** Stores a new return interview for an episode (version 1), e.g. when it is offered. */
public record RecordReturnInterview(UUID operationId, ReturnInterview interview) implements Mutation {
    public static final String TYPE = "record_return_interview";

    @Override
    @JsonIgnore
    public UUID entityId() {
        return interview == null ? null : interview.id();
    }
}
