package org.doorstep.mobile.store;

import java.util.UUID;
import org.doorstep.protocol.missing.MissingEpisode;
import org.doorstep.protocol.missing.ReturnInterview;
import org.doorstep.protocol.push.Mutation;
import org.doorstep.protocol.push.MutationResult;
import org.doorstep.protocol.push.RecordMissingEpisode;
import org.doorstep.protocol.push.RecordReturnInterview;
import org.doorstep.protocol.push.UpdateMissingEpisode;
import org.doorstep.protocol.push.UpdateReturnInterview;

/** What both missing stores share: the mutation an entry sends, and what a result makes of the record. */
final class MissingRules {
    private MissingRules() {
    }

    static Mutation mutation(UUID operationId, Object record, Integer baseVersion) {
        if (record instanceof MissingEpisode episode) {
            return baseVersion == null ? new RecordMissingEpisode(operationId, episode)
                    : new UpdateMissingEpisode(operationId, baseVersion, episode);
        }
        ReturnInterview interview = (ReturnInterview) record;
        return baseVersion == null ? new RecordReturnInterview(operationId, interview)
                : new UpdateReturnInterview(operationId, baseVersion, interview);
    }

    /** The record after {@code result}; {@code more}: other entries of it are still in the outbox. */
    static LocalMissing after(LocalMissing held, MutationResult result, boolean more) {
        return switch (result.outcome()) {
            case APPLIED, DUPLICATE -> held.with(more ? SyncState.WAITING : SyncState.SENT, result.version(), null, null);
            case REJECTED -> held.with(SyncState.REJECTED, held.serverVersion(), Rejection.of(result.error()), null);
            case CONFLICT -> held.with(SyncState.REJECTED,
                    result.version() != null ? result.version() : held.serverVersion(),
                    result.error() != null ? Rejection.of(result.error())
                            : new Rejection("stale_version", "The record was changed on the server", "baseVersion"),
                    "Not sent: changed on the server" + (result.version() == null ? "" : " (now version " + result.version() + ")")
                            + ". Review it and save it again.");
        };
    }

    /** Whether a result takes the entries of the record from this one on out of the outbox. */
    static boolean dropsLaterEntries(MutationResult result) {
        return !result.acknowledged();
    }
}
