package org.doorstep.mobile.store;

/**
 * The device database failed: the file is unreadable, full, locked by another process, or was written by
 * a newer version of the app. Nothing of the failed operation was kept (every write is one transaction).
 * The app shows the message; retrying helps only when the cause was temporary (a full disk freed).
 */
public final class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
