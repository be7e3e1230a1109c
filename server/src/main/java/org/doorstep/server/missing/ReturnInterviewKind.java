package org.doorstep.server.missing;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.doorstep.protocol.ApiError;
import org.doorstep.protocol.ErrorCode;
import org.doorstep.protocol.StoredRecord;
import org.doorstep.protocol.missing.MissingEpisode;
import org.doorstep.protocol.missing.ReturnInterview;
import org.doorstep.protocol.missing.ReturnInterviewValidator;
import org.doorstep.protocol.missing.StoredReturnInterview;
import org.doorstep.server.access.RecordArea;
import org.doorstep.server.records.RecordKind;
import org.doorstep.server.records.StoredRow;
import org.doorstep.server.records.VersionedTable;

/**
 * Return interviews in table {@code return_interview}. An interview must follow a stored episode of the
 * same child (a device pushes the episode first, in the same batch or an earlier one) and stays with it.
 * An episode may have more than one interview record (a child offered again after going missing anew).
 */
final class ReturnInterviewKind implements RecordKind<ReturnInterview> {
    private final VersionedTable<MissingEpisode> episodes;

    ReturnInterviewKind(VersionedTable<MissingEpisode> episodes) {
        this.episodes = episodes;
    }

    @Override
    public String table() {
        return "return_interview";
    }

    @Override
    public RecordArea area() {
        return RecordArea.MISSING;
    }

    @Override
    public String field() {
        return "interview";
    }

    @Override
    public Class<ReturnInterview> type() {
        return ReturnInterview.class;
    }

    @Override
    public UUID id(ReturnInterview interview) {
        return interview.id();
    }

    @Override
    public String childId(ReturnInterview interview) {
        return interview.childId();
    }

    @Override
    public List<ApiError> validate(ReturnInterview interview, Instant now) {
        return ReturnInterviewValidator.validate(interview, now);
    }

    @Override
    public Instant occurredAt(ReturnInterview interview) {
        Instant latest = Times.latest(interview.offeredAt(), interview.completedAt(), interview.declinedAt());
        return latest == null ? interview.recordedAt().toInstant() : latest;
    }

    @Override
    public Instant recordedAt(ReturnInterview interview) {
        return interview.recordedAt().toInstant();
    }

    @Override
    public LinkedHashMap<String, String> queryColumns(ReturnInterview interview) {
        LinkedHashMap<String, String> columns = new LinkedHashMap<>();
        columns.put("episode_id", interview.episodeId().toString());
        columns.put("offered_at", Times.text(interview.offeredAt()));
        columns.put("completed_at", Times.text(interview.completedAt()));
        columns.put("declined_at", Times.text(interview.declinedAt()));
        columns.put("outcome", interview.outcome());
        return columns;
    }

    @Override
    public Optional<ApiError> checkRelations(ReturnInterview interview, Optional<ReturnInterview> latestStored) {
        if (latestStored.isPresent() && !latestStored.get().episodeId().equals(interview.episodeId())) {
            return Optional.of(ApiError.onField(ErrorCode.INCONSISTENT, "episodeId",
                    "An update cannot move a return interview to another missing episode"));
        }
        Optional<StoredRow<MissingEpisode>> episode = episodes.findLatest(interview.episodeId().toString());
        if (episode.isEmpty()) {
            return Optional.of(ApiError.onField(ErrorCode.NOT_FOUND, "episodeId",
                    "No missing episode " + interview.episodeId() + " is stored; send the episode before its interview"));
        }
        if (!episode.get().childId().equals(interview.childId())) {
            return Optional.of(ApiError.onField(ErrorCode.INCONSISTENT, "childId",
                    "The interview's child is not the child of missing episode " + interview.episodeId()));
        }
        return Optional.empty();
    }

    @Override
    public StoredRecord stored(ReturnInterview interview, int version, boolean latest, Instant receivedAt, List<String> flags) {
        return new StoredReturnInterview(interview, version, latest, receivedAt, flags);
    }
}
