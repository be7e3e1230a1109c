package org.doorstep.protocol.push;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.UUID;
import org.doorstep.protocol.visit.Visit;

/** Stores a new visit. Its operation id is the device's; its entity id is the visit's id. */
public record RecordVisit(UUID operationId, Visit visit) implements Mutation {
    public static final String TYPE = "record_visit";

    @Override
    @JsonIgnore
    public UUID entityId() {
        return visit == null ? null : visit.id();
    }
}
