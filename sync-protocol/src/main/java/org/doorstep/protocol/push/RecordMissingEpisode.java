package org.doorstep.protocol.push;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.UUID;
import org.doorstep.protocol.missing.MissingEpisode;

/** Stores a new missing episode (version 1). */
public record RecordMissingEpisode(UUID operationId, MissingEpisode episode) implements Mutation {
    public static final String TYPE = "record_missing_episode";

    @Override
    @JsonIgnore
    public UUID entityId() {
        return episode == null ? null : episode.id();
    }
}
