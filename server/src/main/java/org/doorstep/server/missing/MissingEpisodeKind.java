package org.doorstep.server.missing;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import org.doorstep.protocol.ApiError;
import org.doorstep.protocol.StoredRecord;
import org.doorstep.protocol.missing.MissingEpisode;
import org.doorstep.protocol.missing.MissingEpisodeValidator;
import org.doorstep.protocol.missing.StoredMissingEpisode;
import org.doorstep.server.db.TimeText;
import org.doorstep.server.access.RecordArea;
import org.doorstep.server.records.RecordKind;

/** Missing episodes in table {@code missing_episode}. */
final class MissingEpisodeKind implements RecordKind<MissingEpisode> {

    @Override
    public String table() {
        return "missing_episode";
    }

    @Override
    public RecordArea area() {
        return RecordArea.MISSING;
    }

    @Override
    public String field() {
        return "episode";
    }

    @Override
    public Class<MissingEpisode> type() {
        return MissingEpisode.class;
    }

    @Override
    public UUID id(MissingEpisode episode) {
        return episode.id();
    }

    @Override
    public String childId(MissingEpisode episode) {
        return episode.childId();
    }

    @Override
    public List<ApiError> validate(MissingEpisode episode, Instant now) {
        return MissingEpisodeValidator.validate(episode, now);
    }

    @Override
    public Instant occurredAt(MissingEpisode episode) {
        return Times.latest(episode.wentMissingAt(), episode.returnedAt());
    }

    @Override
    public Instant recordedAt(MissingEpisode episode) {
        return episode.recordedAt().toInstant();
    }

    @Override
    public LinkedHashMap<String, String> queryColumns(MissingEpisode episode) {
        LinkedHashMap<String, String> columns = new LinkedHashMap<>();
        columns.put("went_missing_at", TimeText.of(episode.wentMissingAt().toInstant()));
        columns.put("returned_at", Times.text(episode.returnedAt()));
        return columns;
    }

    @Override
    public StoredRecord stored(MissingEpisode episode, int version, boolean latest, Instant receivedAt, List<String> flags) {
        return new StoredMissingEpisode(episode, version, latest, receivedAt, flags);
    }
}
