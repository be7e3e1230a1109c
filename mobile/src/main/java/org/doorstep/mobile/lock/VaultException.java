package org.doorstep.mobile.lock;

/**
 * The key file cannot be read or written: damaged, from a newer app, or the storage failed. The records
 * are untouched (the key file is never deleted because of it); the app shows the message. Retrying helps
 * only when the storage was the cause (a full disk freed).
 */
public final class VaultException extends RuntimeException {
    public VaultException(String message, Throwable cause) {
        super(message, cause);
    }

    public VaultException(String message) {
        super(message);
    }
}
