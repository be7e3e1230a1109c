package org.doorstep.mobile.sync;

import java.util.Optional;
import org.doorstep.protocol.ApiError;
import org.doorstep.protocol.ErrorCode;

/**
 * Why a request to the server did not give a usable answer. In every case nothing changes on the device
 * and the outbox is pushed again on the next sync; {@link #getMessage()} is a sentence for the worker.
 */
public abstract sealed class SyncFailure extends Exception
        permits SyncFailure.Unreachable, SyncFailure.ServerError, SyncFailure.Refused, SyncFailure.ProtocolError,
        SyncFailure.SignInRequired, SyncFailure.DeviceRevoked {

    private SyncFailure(String message, Throwable cause) {
        super(message, cause);
    }

    /** No answer: no network, the server is down, the connection broke, or it took too long. */
    public static final class Unreachable extends SyncFailure {
        private final String detail;

        public Unreachable(String detail, Throwable cause) {
            super("Cannot reach the server (" + detail + "). Your visits are kept on this device; try again later.", cause);
            this.detail = detail;
        }

        /** What went wrong, e.g. {@code 127.0.0.1:8080, Connection refused}. */
        public String detail() {
            return detail;
        }
    }

    /** The server failed (5xx). Nothing of the request was kept there either. */
    public static final class ServerError extends SyncFailure {
        private final int status;

        public ServerError(int status) {
            super("The server had a problem (HTTP " + status + "). Your visits are kept on this device; try again later.", null);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    /** The server refused the whole request (4xx), with its reason when it gave one: e.g. the app is too old. */
    public static final class Refused extends SyncFailure {
        private final int status;
        private final ApiError error;

        /** {@code error} is null when the answer carried no readable reason. */
        public Refused(int status, ApiError error) {
            super("The server refused the sync (HTTP " + status + ")" + (error == null ? "." : ": " + error.message()), null);
            this.status = status;
            this.error = error;
        }

        public int status() {
            return status;
        }

        public Optional<ApiError> error() {
            return Optional.ofNullable(error);
        }

        /** Whether the server gave {@code code} as the reason. */
        public boolean is(ErrorCode code) {
            return error != null && error.code() == code;
        }
    }

    /**
     * The server ended this device's sign-in (the refresh token is unknown, expired or already used), or
     * nobody is signed in. Nothing unsent is lost: the person signs in again and the next sync sends it.
     */
    public static final class SignInRequired extends SyncFailure {
        public SignInRequired(String message) {
            super(message, null);
        }
    }

    /**
     * An administrator revoked this device: it may still push what it holds (with a push-only token), then
     * must wipe its local copy. Reads, pull and sign-in are refused.
     */
    public static final class DeviceRevoked extends SyncFailure {
        public DeviceRevoked(String message) {
            super(message, null);
        }
    }

    /** The answer was not what the protocol promises (not JSON, results missing): a server or proxy fault. */
    public static final class ProtocolError extends SyncFailure {
        public ProtocolError(String detail, Throwable cause) {
            super("The server's answer could not be understood (" + detail + "). Your visits are kept on this device.",
                    cause);
        }
    }
}
