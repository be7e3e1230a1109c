package org.doorstep.protocol.missing;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A period when a child was missing from home or care, as a device or the office recorded it. The
 * return starts the 72-hour clock for the return home interview, so {@code returnedAt} is usually
 * added by an update once the child is back. Every version is kept.
 *
 * <p>Fields are nullable on the wire so that a missing one is reported by name by
 * {@link MissingEpisodeValidator}.
 *
 * @param id              client-generated UUID, stable across retries and updates
 * @param childId         the server's id of the child
 * @param wentMissingAt   when the child went missing (or was reported missing), with the device's offset
 * @param returnedAt      when the child returned, or was found and returned, to their home or care
 *                        setting; {@code null} while the child is still missing
 * @param recordedAt      when the device saved this version
 * @param policeReference the police reference for the episode, where there is one
 * @param notes           where the child was, who with, what happened
 */
public record MissingEpisode(
        UUID id,
        String childId,
        OffsetDateTime wentMissingAt,
        OffsetDateTime returnedAt,
        OffsetDateTime recordedAt,
        String policeReference,
        String notes) {
}
