package org.doorstep.mobile.sync;

import java.util.Objects;
import org.doorstep.protocol.auth.SignedInUser;

/** What a sign-in attempt came to: signed in, or refused with a sentence for the person. */
public sealed interface SignInResult {

    /** Signed in; the refresh token is stored and the access token is held in memory. */
    record SignedIn(SignedInUser user) implements SignInResult {
        public SignedIn {
            Objects.requireNonNull(user, "user");
        }
    }

    /** Not signed in; nothing on the device changed. */
    record Refused(Reason reason, String message) implements SignInResult {
        public Refused {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(message, "message");
        }
    }

    /** Why a sign-in was refused. */
    enum Reason {
        /** The username or the password was left empty. */
        MISSING_DETAILS,
        /** Wrong username or password (the server never says which). */
        INVALID_CREDENTIALS,
        /** Too many failed sign-ins; the message says until when. */
        ACCOUNT_LOCKED,
        /** An administrator revoked this device. */
        DEVICE_REVOKED,
        /** No connection to the server: the first sign-in needs one. */
        UNREACHABLE,
        /**
         * Someone else is still signed in on this device on the server (403 {@code forbidden} on
         * {@code deviceId}): they must sign out on it before anyone else signs in.
         */
        DEVICE_OF_ANOTHER_PERSON,
        /** The device holds unsent visits recorded by someone else, who must sign in to send them. */
        OTHER_USER_HAS_UNSENT,
        /**
         * The password was right but the device's records could not be unlocked with the server's recovery
         * key (none was wrapped, or it does not fit). The records are kept; the message says what to do.
         */
        CANNOT_UNLOCK,
        /** Any other failure (a server error, an answer that could not be read). */
        FAILED
    }
}
