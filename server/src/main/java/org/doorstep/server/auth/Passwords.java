package org.doorstep.server.auth;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;

/**
 * Argon2id password hashes in PHC string form (OWASP's minimum: 19 MiB, 2 iterations, 1 lane). Verification
 * reads the parameters from the stored hash, so raising them later keeps old hashes working.
 */
public final class Passwords {
    /** The shortest password an administrator may set. */
    public static final int MIN_LENGTH = 12;
    private static final Argon2Function ARGON2ID = Argon2Function.getInstance(19_456, 2, 1, 32, Argon2.ID);
    /** Verified against when the username is unknown, so that both failures take the same time. */
    private static final String DUMMY_HASH = hash("no user has this password: it only spends the time");

    private Passwords() {
    }

    public static String hash(String password) {
        return Password.hash(password).addRandomSalt(16).with(ARGON2ID).getResult();
    }

    public static boolean matches(String password, String hash) {
        if (password == null || hash == null) {
            return false;
        }
        try {
            return Password.check(password, hash).with(Argon2Function.getInstanceFromHash(hash));
        } catch (RuntimeException malformedHash) {
            return false;
        }
    }

    /** Spends the time of one verification and answers false. */
    public static boolean matchesNothing(String password) {
        matches(password == null ? "" : password, DUMMY_HASH);
        return false;
    }
}
