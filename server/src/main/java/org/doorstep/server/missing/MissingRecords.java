package org.doorstep.server.missing;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import org.doorstep.protocol.missing.MissingEpisode;
import org.doorstep.protocol.missing.ReturnInterview;
import org.doorstep.server.records.VersionedTable;

/** The tables of missing episodes and return interviews. */
@Singleton
public class MissingRecords {
    private final VersionedTable<MissingEpisode> episodes;
    private final VersionedTable<ReturnInterview> interviews;

    MissingRecords(JdbcOperations jdbc) {
        this.episodes = new VersionedTable<>(jdbc, new MissingEpisodeKind());
        this.interviews = new VersionedTable<>(jdbc, new ReturnInterviewKind(episodes));
    }

    public VersionedTable<MissingEpisode> episodes() {
        return episodes;
    }

    public VersionedTable<ReturnInterview> interviews() {
        return interviews;
    }
}
