package org.doorstep.protocol.push;

import java.time.Instant;
import java.util.List;

/** The server's answer to a push: one result per mutation, in the order they were sent. */
public record PushResponse(Instant serverTime, List<MutationResult> results) {
}
