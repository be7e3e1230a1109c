package org.doorstep.mobile.visit;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.doorstep.mobile.sync.SignOutResult;

/**
 * The signed-in person as the visit screen needs them.
 *
 * @param username    who is signed in, e.g. {@code sam.worker}: the drafts kept are this person's only
 * @param signedInAs  who is signed in, as shown, e.g. {@code Sam Worker (sam.worker)}
 * @param signOut     signs out (blocks on the network: run through {@link Background})
 * @param toSignIn    leaves the visit screen for the sign-in screen, showing the given message; called on the UI
 *                    thread after a sign-out, or when a sync ended the sign-in or wiped the device
 * @param changePin   starts a change of PIN (on the UI thread), or null where the screen offers none
 */
public record Account(String username, String signedInAs, Supplier<SignOutResult> signOut, Consumer<String> toSignIn,
                      Runnable changePin) {
    public Account {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(signedInAs, "signedInAs");
        Objects.requireNonNull(signOut, "signOut");
        Objects.requireNonNull(toSignIn, "toSignIn");
    }

    /** An account whose screens offer no change of PIN. */
    public Account(String username, String signedInAs, Supplier<SignOutResult> signOut, Consumer<String> toSignIn) {
        this(username, signedInAs, signOut, toSignIn, null);
    }
}
