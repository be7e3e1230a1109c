package org.doorstep.mobile.sync;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.IntSupplier;
import org.doorstep.mobile.store.LocalWipe;
import org.doorstep.mobile.store.SessionStore;
import org.doorstep.mobile.store.StoredSession;
import org.doorstep.mobile.store.VisitStore;
import org.doorstep.protocol.ErrorCode;
import org.doorstep.protocol.auth.RefreshRequest;
import org.doorstep.protocol.auth.SignedInUser;
import org.doorstep.protocol.auth.Tokens;

/**
 * Signs the person in and out and gives every other request a valid access token. The access token lives
 * only in memory; the refresh token is stored in the device database and replaced by the rotated one after
 * every refresh. A request refused as {@code unauthenticated} (the access token expired) is retried once
 * after a refresh. When the server ends the sign-in ({@code invalid_refresh_token}) the refresh token is
 * forgotten, nothing else: unsent visits stay for the next sign-in. Blocks on the network: never call it
 * on the UI thread.
 */
public final class Authenticator {
    /** An access token is refreshed this long before the server says it expires. */
    static final Duration EXPIRY_MARGIN = Duration.ofSeconds(30);

    /** A request made with an access token. */
    @FunctionalInterface
    public interface Call<T> {
        T run(String accessToken) throws SyncFailure;
    }

    private final SyncClient client;
    private final SessionStore sessions;
    private final VisitStore visits;
    private final LocalWipe wipe;
    private final DeviceIdentity device;
    private final PasswordSignIn passwordSignIn;
    private final Consumer<String> deviceKeys;
    private final Clock clock;

    private String accessToken;
    private Instant accessExpiresAt = Instant.MIN;
    private boolean revoked;

    /** Records other than visits waiting to be sent (missing episodes, return interviews). */
    private final IntSupplier otherWaiting;

    public Authenticator(SyncClient client, SessionStore sessions, VisitStore visits, LocalWipe wipe,
                         DeviceIdentity device, Clock clock) {
        this(client, sessions, visits, wipe, device, clock, deviceKey -> { });
    }

    /**
     * {@code deviceKeys} receives the device's recovery key (base64url) from every sign-in with the password
     * that carries one: the app wraps its database key with it.
     */
    public Authenticator(SyncClient client, SessionStore sessions, VisitStore visits, LocalWipe wipe,
                         DeviceIdentity device, Clock clock, Consumer<String> deviceKeys) {
        this(client, sessions, visits, () -> 0, wipe, device, clock, deviceKeys);
    }

    /**
     * As above; {@code otherWaiting} counts the device's other records not sent yet (missing episodes and return
     * interviews): signing out, and another person signing in, are refused while any record waits, visit or not.
     */
    public Authenticator(SyncClient client, SessionStore sessions, VisitStore visits, IntSupplier otherWaiting,
                         LocalWipe wipe, DeviceIdentity device, Clock clock, Consumer<String> deviceKeys) {
        this.otherWaiting = Objects.requireNonNull(otherWaiting, "otherWaiting");
        this.client = Objects.requireNonNull(client, "client");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.visits = Objects.requireNonNull(visits, "visits");
        this.wipe = Objects.requireNonNull(wipe, "wipe");
        this.device = Objects.requireNonNull(device, "device");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.deviceKeys = Objects.requireNonNull(deviceKeys, "deviceKeys");
        this.passwordSignIn = new PasswordSignIn(client, device, clock);
    }

    public DeviceIdentity device() {
        return device;
    }

    /** The person signed in on this device, when a sign-in is stored and not ended: the app works offline then. */
    public Optional<SignedInUser> currentUser() {
        return sessions.load().filter(s -> s.currentRefreshToken().isPresent()).map(StoredSession::user);
    }

    /** The username of the last person signed in on this device, even if their sign-in ended; else empty. */
    public Optional<String> lastUsername() {
        return sessions.load().map(s -> s.user().username());
    }

    /** Whether the server said this device is revoked (its access token may only push). */
    public synchronized boolean revoked() {
        return revoked;
    }

    /** Signs in with {@code username} and {@code password}; on success the refresh token is stored. */
    public synchronized SignInResult signIn(String username, String password) {
        String name = username == null ? "" : username.strip();
        if (!name.isEmpty() && password != null && !password.isEmpty()) {
            Optional<SignInResult> otherUser = unsentOfSomeoneElse(name);
            if (otherUser.isPresent()) {
                return otherUser.get();
            }
        }
        PasswordSignIn.Outcome outcome = passwordSignIn.attempt(name, password);
        if (outcome instanceof PasswordSignIn.Outcome.Refused refused) {
            return refused.refusal();
        }
        return adopt(((PasswordSignIn.Outcome.Obtained) outcome).tokens());
    }

    /**
     * Takes on a sign-in the server just granted ({@link PasswordSignIn}): refused when this device holds
     * visits someone else recorded and has not sent; otherwise the previous person's sent visits and children
     * are removed when it is someone else, the refresh token is stored, the access token held, and the
     * device's recovery key handed to the key listener.
     */
    public synchronized SignInResult adopt(Tokens tokens) {
        Objects.requireNonNull(tokens, "tokens");
        String name = tokens.user().username();
        Optional<SignInResult> otherUser = unsentOfSomeoneElse(name);
        if (otherUser.isPresent()) {
            return otherUser.get();
        }
        boolean someoneElse = sessions.load().map(s -> !s.user().username().equalsIgnoreCase(name)).orElse(false);
        if (someoneElse) {
            wipe.wipeSynced(false, true); // The previous person's sent visits, children and drafts are not this person's to see.
        }
        sessions.signedIn(tokens.user(), tokens.refreshToken(), clock.instant());
        hold(tokens);
        revoked = false;
        if (tokens.deviceKey() != null) {
            deviceKeys.accept(tokens.deviceKey());
        }
        return new SignInResult.SignedIn(tokens.user());
    }

    /**
     * Runs {@code call} with a valid access token: refreshes first when none is held or it is about to
     * expire, and once more (then retries once) when the server answers {@code unauthenticated}.
     *
     * @throws SyncFailure.SignInRequired when nobody is signed in or the server ended the sign-in
     * @throws SyncFailure.DeviceRevoked  when the server answers {@code device_revoked}
     */
    public synchronized <T> T authorized(Call<T> call) throws SyncFailure {
        if (accessToken == null || !clock.instant().isBefore(accessExpiresAt)) {
            refresh();
        }
        try {
            return call.run(accessToken);
        } catch (SyncFailure.Refused e) {
            if (e.status() == 401 && (e.is(ErrorCode.UNAUTHENTICATED) || e.error().isEmpty())) {
                refresh();
                return revokedOrRethrow(call);
            }
            throw revokedOr(e);
        }
    }

    /** Forgets the access token so that the next request refreshes: a read just said the device is revoked. */
    public synchronized void deviceRevoked() {
        if (!revoked) {
            revoked = true;
            accessToken = null;
        }
    }

    /**
     * Signs out: refused while visits wait to be sent. Otherwise the server forgets this device's refresh
     * tokens and the device removes what the server holds (sent visits, the children list) and the sign-in.
     * When the server cannot be reached the device signs out all the same and says so.
     */
    public synchronized SignOutResult signOut() {
        int visitsWaiting = visits.countWaiting();
        int waiting = visitsWaiting + otherWaiting.getAsInt();
        if (waiting > 0) {
            return new SignOutResult(false, waiting, "You have " + unsent(visitsWaiting, waiting) + " not sent yet. "
                    + "Press Sync now to send " + (waiting == 1 ? "it" : "them") + " before signing out.");
        }
        String note = "";
        try {
            authorized(token -> {
                client.signOut(token);
                return null;
            });
        } catch (SyncFailure.SignInRequired | SyncFailure.DeviceRevoked alreadyEnded) {
            // The server holds no usable sign-in for this device already.
        } catch (SyncFailure e) {
            note = " The server could not be told (" + e.getMessage() + ") Your sign-in there ends when it expires.";
        }
        wipe.wipeSynced(true, false); // the person's drafts stay for their next sign-in (and only theirs: VisitDrafts)
        forget();
        return new SignOutResult(true, 0, "Signed out. Sent visits and the children list were removed from this device."
                + note);
    }

    /** Forgets the tokens held in memory; the caller has removed the stored sign-in. */
    public synchronized void forget() {
        accessToken = null;
        accessExpiresAt = Instant.MIN;
        revoked = false;
    }

    private <T> T revokedOrRethrow(Call<T> call) throws SyncFailure {
        try {
            return call.run(accessToken);
        } catch (SyncFailure.Refused e) {
            throw revokedOr(e);
        }
    }

    private SyncFailure revokedOr(SyncFailure.Refused e) {
        if (e.status() == 403 && e.is(ErrorCode.DEVICE_REVOKED)) {
            return new SyncFailure.DeviceRevoked("An administrator revoked this device.");
        }
        return e;
    }

    private void refresh() throws SyncFailure {
        String refreshToken = sessions.load().flatMap(StoredSession::currentRefreshToken)
                .orElseThrow(() -> new SyncFailure.SignInRequired("Sign in to sync. Your visits are kept on this device."));
        Tokens tokens;
        try {
            tokens = client.refresh(new RefreshRequest(device.id(), refreshToken));
        } catch (SyncFailure.Refused e) {
            if (e.status() == 401) {
                sessions.ended();
                forget();
                throw new SyncFailure.SignInRequired("Your sign-in has ended: sign in again. Visits not sent yet "
                        + "are kept on this device and are sent after you sign in.");
            }
            if (e.status() == 403 && e.is(ErrorCode.DEVICE_REVOKED)) {
                throw new SyncFailure.DeviceRevoked("An administrator revoked this device and the server no longer "
                        + "lets it send anything.");
            }
            throw e;
        }
        if (tokens.accessToken() == null) {
            throw new SyncFailure.ProtocolError("a refresh answer without an access token", null);
        }
        if (tokens.deviceRevoked()) {
            revoked = true; // A push-only token; the stored refresh token stays (the server sent none).
        } else if (tokens.refreshToken() == null) {
            throw new SyncFailure.ProtocolError("a refresh answer without a new refresh token", null);
        } else {
            sessions.rotated(tokens.refreshToken());
        }
        hold(tokens);
    }

    private void hold(Tokens tokens) {
        accessToken = tokens.accessToken();
        accessExpiresAt = clock.instant().plusSeconds(tokens.expiresInSeconds()).minus(EXPIRY_MARGIN);
    }

    private Optional<SignInResult> unsentOfSomeoneElse(String username) {
        Optional<StoredSession> previous = sessions.load();
        if (previous.isEmpty() || previous.get().user().username().equalsIgnoreCase(username)) {
            return Optional.empty();
        }
        int visitsWaiting = visits.countWaiting();
        int waiting = visitsWaiting + otherWaiting.getAsInt();
        if (waiting == 0) {
            return Optional.empty();
        }
        String author = previous.get().user().username();
        return Optional.of(refused(SignInResult.Reason.OTHER_USER_HAS_UNSENT, "This device holds " + unsent(visitsWaiting, waiting)
                + " recorded by " + author + " and not sent yet. " + author + " must sign in to send them first."));
    }

    private static SignInResult refused(SignInResult.Reason reason, String message) {
        return new SignInResult.Refused(reason, message);
    }

    /** "2 visits" when only visits wait, else "3 records (visits, missing episodes, return interviews)". */
    private static String unsent(int visitsWaiting, int waiting) {
        return visitsWaiting == waiting ? visitCount(waiting)
                : waiting + (waiting == 1 ? " record" : " records") + " (visits, missing episodes, return interviews)";
    }

    static String visitCount(int count) {
        return count + (count == 1 ? " visit" : " visits");
    }
}
