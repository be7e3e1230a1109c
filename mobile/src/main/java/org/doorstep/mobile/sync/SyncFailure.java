package org.doorstep.mobile.sync;

import java.util.Optional;
import org.doorstep.protocol.ApiError;

/**
 * Why a request to the server did not give a usable answer. In every case nothing changes on the device
 * and the outbox is pushed again on the next sync; {@link #getMessage()} is a sentence for the worker.
 */
public abstract sealed class SyncFailure extends Exception
        permits SyncFailure.Unreachable, SyncFailure.ServerError, SyncFailure.Refused, SyncFailure.ProtocolError {

    private SyncFailure(String message, Throwable cause) {
        super(message, cause);
    }

    /** No answer: no network, the server is down, the connection broke, or it took too long. */
    public static final class Unreachable extends SyncFailure {
        public Unreachable(String detail, Throwable cause) {
            super("Cannot reach the server (" + detail + "). Your visits are kept on this device; try again later.", cause);
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
    }

    /** The answer was not what the protocol promises (not JSON, results missing): a server or proxy fault. */
    public static final class ProtocolError extends SyncFailure {
        public ProtocolError(String detail, Throwable cause) {
            super("The server's answer could not be understood (" + detail + "). Your visits are kept on this device.",
                    cause);
        }
    }
}
