package org.doorstep.mobile.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.doorstep.protocol.auth.SignedInUser;

/**
 * The person signed in on this device, as the device database holds it.
 *
 * @param user         who signed in, as the server described them
 * @param refreshToken the current refresh token, or null once the server ended the sign-in
 * @param signedInAt   when they signed in on this device
 */
public record StoredSession(SignedInUser user, String refreshToken, Instant signedInAt) {
    public StoredSession {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(signedInAt, "signedInAt");
    }

    /** The refresh token, when the sign-in is still current. */
    public Optional<String> currentRefreshToken() {
        return Optional.ofNullable(refreshToken);
    }

    @Override
    public String toString() {
        return "StoredSession[user=" + user.username() + ", refreshToken=" + (refreshToken == null ? "none" : "<hidden>")
                + ", signedInAt=" + signedInAt + "]";
    }
}
