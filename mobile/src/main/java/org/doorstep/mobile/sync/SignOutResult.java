package org.doorstep.mobile.sync;

import java.util.Objects;

/**
 * What "Sign out" came to.
 *
 * @param signedOut whether the person is now signed out on this device
 * @param unsent    visits waiting to be sent (a sign-out is refused while there are any)
 * @param message   a sentence for the person
 */
public record SignOutResult(boolean signedOut, int unsent, String message) {
    public SignOutResult {
        Objects.requireNonNull(message, "message");
    }
}
