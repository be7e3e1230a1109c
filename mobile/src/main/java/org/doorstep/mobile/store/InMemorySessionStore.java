package org.doorstep.mobile.store;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.doorstep.protocol.auth.SignedInUser;

/** {@link SessionStore} in memory, for tests and tools: the same behaviour as {@link SqliteSessionStore}. */
public final class InMemorySessionStore implements SessionStore {
    private StoredSession session;

    @Override
    public synchronized Optional<StoredSession> load() {
        return Optional.ofNullable(session);
    }

    @Override
    public synchronized void signedIn(SignedInUser user, String refreshToken, Instant at) {
        Objects.requireNonNull(user, "user");
        SessionStore.requireToken(refreshToken);
        Objects.requireNonNull(at, "at");
        SignedInUser stored = new SignedInUser(user.id(), user.username(),
                user.displayName() == null ? user.username() : user.displayName(), List.copyOf(user.roles()));
        session = new StoredSession(stored, refreshToken, at);
    }

    @Override
    public synchronized void rotated(String refreshToken) {
        SessionStore.requireToken(refreshToken);
        if (session == null) {
            throw new StoreException("No sign-in is stored on this device to take the new refresh token");
        }
        session = new StoredSession(session.user(), refreshToken, session.signedInAt());
    }

    @Override
    public synchronized void ended() {
        if (session != null) {
            session = new StoredSession(session.user(), null, session.signedInAt());
        }
    }
}
