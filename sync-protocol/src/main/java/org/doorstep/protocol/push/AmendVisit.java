package org.doorstep.protocol.push;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.UUID;
import org.doorstep.protocol.visit.Visit;

/**
 * Corrects a submitted visit by storing a new version that supersedes {@code baseVersion}. Every
 * version is kept: a visit record is a legal record. If the server's latest version is no longer
 * {@code baseVersion}, the result is a conflict carrying the server's version.
 */
public record AmendVisit(UUID operationId, Integer baseVersion, Visit visit) implements Mutation {
    public static final String TYPE = "amend_visit";

    @Override
    @JsonIgnore
    public UUID entityId() {
        return visit == null ? null : visit.id();
    }
}
