package org.doorstep.mobile.sync;

import java.time.Clock;
import java.util.Objects;
import org.doorstep.protocol.ApiError;
import org.doorstep.protocol.ErrorCode;
import org.doorstep.protocol.auth.SignInRequest;
import org.doorstep.protocol.auth.Tokens;

/**
 * The sign-in request itself: the username and password to the server for this device, and every refusal
 * turned into a sentence for the person. Reads and writes nothing on the device, so it also serves the
 * sign-in that unlocks a device locked by wrong PINs (whose database cannot be read yet). Blocks on the
 * network.
 */
public final class PasswordSignIn {
    /** What the server answered. */
    public sealed interface Outcome {
        /** Signed in on the server: tokens for a device that is not revoked, with the person. */
        record Obtained(Tokens tokens) implements Outcome {
            public Obtained {
                Objects.requireNonNull(tokens, "tokens");
            }
        }

        /** Not signed in, and why. */
        record Refused(SignInResult.Refused refusal) implements Outcome {
            public Refused {
                Objects.requireNonNull(refusal, "refusal");
            }
        }
    }

    private final SyncClient client;
    private final DeviceIdentity device;
    private final Clock clock;

    public PasswordSignIn(SyncClient client, DeviceIdentity device, Clock clock) {
        this.client = Objects.requireNonNull(client, "client");
        this.device = Objects.requireNonNull(device, "device");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public DeviceIdentity device() {
        return device;
    }

    /** Signs {@code username} in with {@code password} on the server (the username is stripped first). */
    public Outcome attempt(String username, String password) {
        String name = username == null ? "" : username.strip();
        if (name.isEmpty() || password == null || password.isEmpty()) {
            return refused(SignInResult.Reason.MISSING_DETAILS, "Enter your username and password.");
        }
        Tokens tokens;
        try {
            tokens = client.signIn(new SignInRequest(name, password, device.id(), device.name()));
        } catch (SyncFailure.Unreachable e) {
            return refused(SignInResult.Reason.UNREACHABLE, "Cannot reach the server (" + e.detail() + "). Signing in "
                    + "needs a connection; try again when you have signal.");
        } catch (SyncFailure.Refused e) {
            return new Outcome.Refused(refusal(e));
        } catch (SyncFailure e) {
            return refused(SignInResult.Reason.FAILED, "Not signed in. " + e.getMessage());
        }
        if (tokens.deviceRevoked()) {
            return new Outcome.Refused(revokedDevice());
        }
        if (tokens.accessToken() == null || tokens.refreshToken() == null || tokens.user() == null) {
            return refused(SignInResult.Reason.FAILED, "Not signed in: the server's answer had no tokens.");
        }
        return new Outcome.Obtained(tokens);
    }

    private SignInResult.Refused refusal(SyncFailure.Refused e) {
        if (e.is(ErrorCode.INVALID_CREDENTIALS)) {
            return new SignInResult.Refused(SignInResult.Reason.INVALID_CREDENTIALS,
                    "Wrong username or password. Check both and try again.");
        }
        if (e.is(ErrorCode.ACCOUNT_LOCKED)) {
            String detail = e.error().map(ApiError::message).filter(m -> !m.isBlank()).orElse("");
            return new SignInResult.Refused(SignInResult.Reason.ACCOUNT_LOCKED, detail.isEmpty()
                    ? "This account is locked after too many wrong passwords. Try again later or ask your administrator."
                    : "This account is locked. " + sentence(LocalTimes.inText(detail, clock.getZone())));
        }
        if (e.is(ErrorCode.DEVICE_REVOKED)) {
            return revokedDevice();
        }
        if (e.status() == 403 && e.is(ErrorCode.FORBIDDEN)
                && e.error().map(error -> "deviceId".equals(error.field())).orElse(false)) {
            return new SignInResult.Refused(SignInResult.Reason.DEVICE_OF_ANOTHER_PERSON, "Someone else is still "
                    + "signed in on this device on the server: they must sign in and sign out on it before anyone else "
                    + "can sign in.");
        }
        return new SignInResult.Refused(SignInResult.Reason.FAILED, "Not signed in: the server refused (HTTP "
                + e.status() + ")" + e.error().map(error -> ": " + error.message()).orElse("."));
    }

    private static SignInResult.Refused revokedDevice() {
        return new SignInResult.Refused(SignInResult.Reason.DEVICE_REVOKED, "An administrator has revoked this device: "
                + "nobody can sign in on it. Ask your administrator.");
    }

    private static Outcome refused(SignInResult.Reason reason, String message) {
        return new Outcome.Refused(new SignInResult.Refused(reason, message));
    }

    /** {@code text} ending with a full stop. */
    private static String sentence(String text) {
        String stripped = text.strip();
        return stripped.endsWith(".") ? stripped : stripped + ".";
    }
}
