package org.doorstep.server.auth;

import java.time.Instant;

/** A device (or browser session) a person signed in on. */
public record Device(String id, String userId, String name, Instant registeredAt, Instant lastSeenAt,
                     Instant revokedAt, String revokedBy) {
    public boolean revoked() {
        return revokedAt != null;
    }
}
