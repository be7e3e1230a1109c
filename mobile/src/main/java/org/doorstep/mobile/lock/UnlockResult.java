package org.doorstep.mobile.lock;

import java.util.Objects;
import org.doorstep.mobile.store.DataKey;

/** What a PIN did. */
public sealed interface UnlockResult {
    /** The PIN was right: the data key, to open the database with (destroy it when the app locks). */
    record Unlocked(DataKey key) implements UnlockResult {
        public Unlocked {
            Objects.requireNonNull(key, "key");
        }
    }

    /** The PIN was wrong; {@code attemptsLeft} more may be tried before a sign-in with the password is needed. */
    record WrongPin(int attemptsLeft) implements UnlockResult {
    }

    /** Too many wrong PINs: only a sign-in with the password unlocks now. The records are kept. */
    record LockedOut() implements UnlockResult {
    }
}
