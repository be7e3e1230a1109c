package org.doorstep.mobile.store;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.doorstep.protocol.missing.MissingEpisode;
import org.doorstep.protocol.missing.ReturnInterview;
import org.doorstep.protocol.push.Mutation;
import org.doorstep.protocol.push.MutationResult;

/**
 * The missing episodes and return interviews recorded on this device, with their own outbox (pushed after
 * the visits', oldest first, so an episode goes before the interview that follows it). Each save and its outbox
 * entry are written together; a save of a record the device already holds, or of a server record it pulled,
 * is an update ({@code update_missing_episode}, {@code update_return_interview}) of the version the device
 * holds, ordered after any entry still waiting. {@link SqliteMissingStore} is the app's; {@link
 * InMemoryMissingStore} behaves the same (one contract test).
 *
 * @throws StoreException from every method when the store fails
 */
public interface MissingStore {
    /**
     * Saves {@code episode} as waiting to sync. {@code pulledVersion}: the server's version of it as last pulled,
     * when the device does not hold it yet (an episode recorded elsewhere), else null: a new episode.
     */
    LocalMissing saveEpisode(MissingEpisode episode, Integer pulledVersion);

    /** Saves {@code interview} as waiting to sync; {@code pulledVersion} as for {@link #saveEpisode}. */
    LocalMissing saveInterview(ReturnInterview interview, Integer pulledVersion);

    /** Every record on this device, the most recently saved first. */
    List<LocalMissing> list();

    Optional<LocalMissing> find(UUID id);

    /** The mutations still to push, oldest first, each under the operation id fixed when it was saved. */
    List<Mutation> outbox();

    int countWaiting();

    /** As {@link VisitStore#applyResults}: acknowledged, rejected or in conflict, per result, all or nothing. */
    void applyResults(List<MutationResult> results);
}
