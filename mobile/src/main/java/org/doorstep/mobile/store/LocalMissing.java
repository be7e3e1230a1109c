package org.doorstep.mobile.store;

import java.util.UUID;
import org.doorstep.protocol.missing.MissingEpisode;
import org.doorstep.protocol.missing.ReturnInterview;

/**
 * A missing episode or a return interview as this device recorded it: exactly one of {@code episode} and
 * {@code interview} is set.
 *
 * @param state         where it stands with the server
 * @param serverVersion the last version the server acknowledged (or the pulled version it was based on), else null
 * @param rejection     why the server refused it (or {@code stale_version} after a conflict), else null
 * @param note          a remark from the last sync, or null
 */
public record LocalMissing(MissingEpisode episode, ReturnInterview interview, SyncState state, Integer serverVersion,
                           Rejection rejection, String note) {
    public LocalMissing {
        if ((episode == null) == (interview == null)) {
            throw new IllegalArgumentException("exactly one of episode and interview must be given");
        }
        java.util.Objects.requireNonNull(state, "state");
    }

    public UUID id() {
        return episode != null ? episode.id() : interview.id();
    }

    public String childId() {
        return episode != null ? episode.childId() : interview.childId();
    }

    LocalMissing with(SyncState newState, Integer version, Rejection newRejection, String newNote) {
        return new LocalMissing(episode, interview, newState, version, newRejection, newNote);
    }
}
