package org.doorstep.protocol.push;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.UUID;
import org.doorstep.protocol.missing.MissingEpisode;

/** Stores a new version of a missing episode (e.g. the return time once the child is back), made from {@code baseVersion}; a stale base is a conflict carrying the server's version. */
public record UpdateMissingEpisode(UUID operationId, Integer baseVersion, MissingEpisode episode) implements Mutation {
    public static final String TYPE = "update_missing_episode";

    @Override
    @JsonIgnore
    public UUID entityId() {
        return episode == null ? null : episode.id();
    }
}
