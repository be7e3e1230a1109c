package org.doorstep.server.auth;

import java.time.Instant;
import java.util.Set;
import org.doorstep.protocol.auth.Role;
import org.doorstep.protocol.auth.SignedInUser;

/** A person as sign-in sees them. The password hash never leaves the auth package. */
record Account(String id, String username, String displayName, String passwordHash, boolean active,
               int failedLogins, Instant lockedUntil, Set<Role> roles, long scopeResetSeq) {

    boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    SignedInUser toSignedInUser() {
        return new SignedInUser(id, username, displayName, roles.stream().map(Role::wireName).sorted().toList());
    }
}
