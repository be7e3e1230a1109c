package org.doorstep.protocol.missing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.doorstep.protocol.ApiError;
import org.doorstep.protocol.FieldChecks;

/** The checks every missing episode passes, on the device and again on the server. */
public final class MissingEpisodeValidator {
    public static final int MAX_POLICE_REFERENCE_LENGTH = 50;
    public static final int MAX_NOTES_LENGTH = 20_000;

    private MissingEpisodeValidator() {
    }

    /** All the problems with {@code episode} when checked at {@code now}; empty when it is valid. */
    public static List<ApiError> validate(MissingEpisode episode, Instant now) {
        List<ApiError> errors = new ArrayList<>();
        FieldChecks.present(episode.id(), "id", errors);
        FieldChecks.childId(episode.childId(), "childId", errors);
        boolean went = FieldChecks.requiredTime(episode.wentMissingAt(), "wentMissingAt", now, errors);
        boolean returned = FieldChecks.time(episode.returnedAt(), "returnedAt", now, errors);
        if (went && returned) {
            FieldChecks.notBefore(episode.returnedAt(), "returnedAt", episode.wentMissingAt(), "wentMissingAt", errors);
        }
        FieldChecks.requiredTime(episode.recordedAt(), "recordedAt", now, errors);
        FieldChecks.length(episode.policeReference(), "policeReference", MAX_POLICE_REFERENCE_LENGTH, errors);
        FieldChecks.length(episode.notes(), "notes", MAX_NOTES_LENGTH, errors);
        return List.copyOf(errors);
    }
}
