package org.doorstep.mobile.store;

import java.time.Instant;
import java.util.Optional;
import org.doorstep.protocol.auth.SignedInUser;

/**
 * Who is signed in on this device and the refresh token that keeps them signed in. The access token is
 * never stored (it lives in memory for 15 minutes). {@link SqliteSessionStore} keeps it in the encrypted
 * device database; {@link InMemorySessionStore} behaves the same in memory.
 */
public interface SessionStore {
    /** The stored session, current or ended; empty when nobody signed in since the last sign-out or wipe. */
    Optional<StoredSession> load();

    /**
     * Records a new sign-in, replacing any earlier one. A missing (null) display name is stored as the username.
     *
     * @throws IllegalArgumentException when {@code refreshToken} is blank
     */
    void signedIn(SignedInUser user, String refreshToken, Instant at);

    /**
     * Replaces the refresh token with the rotated one the server just issued (the old one no longer works).
     *
     * @throws StoreException when no sign-in is stored
     */
    void rotated(String refreshToken);

    /** Forgets the refresh token but keeps who was signed in: the server ended the sign-in. */
    void ended();

    /** Checks a refresh token argument. */
    static void requireToken(String refreshToken) {
        if (refreshToken == null || refreshToken.isBlank()) {
            throw new IllegalArgumentException("refreshToken must not be blank");
        }
    }
}
