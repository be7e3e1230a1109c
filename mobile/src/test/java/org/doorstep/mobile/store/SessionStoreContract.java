package org.doorstep.mobile.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.doorstep.protocol.auth.SignedInUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link SessionStore} does, run against the SQLite store ({@link SqliteSessionStoreTest}) and
 * the in-memory twin ({@link InMemorySessionStoreTest}).
 */
abstract class SessionStoreContract {
    static final SignedInUser SAM = new SignedInUser("U-SAM", "sam.worker", "Sam Worker",
            List.of("social_worker", "team_manager"));
    static final Instant AT = Instant.parse("2026-11-23T08:30:00Z");

    SessionStore store;

    abstract SessionStore newStore();

    @BeforeEach
    void newStoreForEachTest() {
        store = newStore();
    }

    @Test
    void nothingIsStoredAtFirst() {
        assertEquals(Optional.empty(), store.load());
    }

    @Test
    void signInIsStoredWithItsRefreshToken() {
        store.signedIn(SAM, "refresh-1", AT);

        assertEquals(Optional.of(new StoredSession(SAM, "refresh-1", AT)), store.load());
    }

    @Test
    void aLaterSignInReplacesTheEarlierOne() {
        store.signedIn(SAM, "refresh-1", AT);
        SignedInUser maria = new SignedInUser("U-MARIA", "maria.manager", "Maria Manager", List.of());

        store.signedIn(maria, "refresh-2", AT.plusSeconds(60));

        assertEquals(Optional.of(new StoredSession(maria, "refresh-2", AT.plusSeconds(60))), store.load());
    }

    @Test
    void aMissingDisplayNameIsStoredAsTheUsername() {
        store.signedIn(new SignedInUser("U-X", "x.person", null, List.of("administrator")), "refresh-1", AT);

        assertEquals(new SignedInUser("U-X", "x.person", "x.person", List.of("administrator")),
                store.load().orElseThrow().user());
    }

    @Test
    void rotationReplacesTheRefreshTokenOnly() {
        store.signedIn(SAM, "refresh-1", AT);

        store.rotated("refresh-2");

        assertEquals(Optional.of(new StoredSession(SAM, "refresh-2", AT)), store.load());
    }

    @Test
    void rotationWithNothingStoredIsRefused() {
        StoreException refused = assertThrows(StoreException.class, () -> store.rotated("refresh-2"));
        assertEquals("No sign-in is stored on this device to take the new refresh token", refused.getMessage());
    }

    @Test
    void anEndedSignInKeepsWhoButNotTheToken() {
        store.signedIn(SAM, "refresh-1", AT);

        store.ended();

        StoredSession ended = store.load().orElseThrow();
        assertEquals(SAM, ended.user());
        assertEquals(Optional.empty(), ended.currentRefreshToken());
    }

    @Test
    void blankRefreshTokensAreRefused() {
        assertEquals("refreshToken must not be blank",
                assertThrows(IllegalArgumentException.class, () -> store.signedIn(SAM, " ", AT)).getMessage());
        store.signedIn(SAM, "refresh-1", AT);
        assertThrows(IllegalArgumentException.class, () -> store.rotated(null));
        assertEquals("refresh-1", store.load().orElseThrow().refreshToken());
    }
}
