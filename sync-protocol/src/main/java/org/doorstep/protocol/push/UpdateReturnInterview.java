package org.doorstep.protocol.push;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.UUID;
import org.doorstep.protocol.missing.ReturnInterview;

/** Stores a new version of a return interview (completed, declined, not required), made from {@code baseVersion}; a stale base is a conflict carrying the server's version. */
public record UpdateReturnInterview(UUID operationId, Integer baseVersion, ReturnInterview interview) implements Mutation {
    public static final String TYPE = "update_return_interview";

    @Override
    @JsonIgnore
    public UUID entityId() {
        return interview == null ? null : interview.id();
    }
}
