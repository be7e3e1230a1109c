package org.doorstep.protocol.push;

import java.util.List;

/**
 * A batch of mutations from one device.
 *
 * @param protocolVersion the protocol version the device speaks
 * @param deviceId        the device's stable id (a UUID string it generated on first start)
 * @param mutations       at most {@link #MAX_MUTATIONS} changes, applied independently
 */
public record PushRequest(Integer protocolVersion, String deviceId, List<Mutation> mutations) {
    /** The largest batch a server accepts; devices split their outbox into batches of this size. */
    public static final int MAX_MUTATIONS = 500;
}
