package org.doorstep.mobile.lock;

/**
 * Argon2id's cost for turning a PIN into the key that wraps the data key. Stored in the key file beside
 * the wrapped key, so a later app version can raise the cost for new PINs and still open old ones.
 *
 * @param memoryKiB   memory used, in KiB (at least 8 x parallelism)
 * @param iterations  passes over that memory (at least 1)
 * @param parallelism lanes (at least 1)
 */
public record KdfParams(int memoryKiB, int iterations, int parallelism) {
    /**
     * The app's choice, OWASP's first recommended Argon2id setting: 46 MiB, 1 pass, 1 lane. About 0.12 s per
     * PIN tried in a warm JVM and 0.6 s in a cold one on this project's machines (docs/BENCHMARKS.md, where
     * 64 MiB with 2 or 3 passes cost over a second at a cold start): unnoticed once per unlock, and every guess
     * of someone who copied the files costs the same memory and time.
     */
    public static final KdfParams DEFAULT = new KdfParams(47_104, 1, 1);

    /** Cheap parameters for tests only: never for a real PIN. */
    public static final KdfParams FOR_TESTS = new KdfParams(64, 1, 1);

    public KdfParams {
        if (parallelism < 1 || iterations < 1 || memoryKiB < 8 * parallelism) {
            throw new IllegalArgumentException("Argon2id needs at least 1 lane, 1 pass and 8 KiB per lane; got memory "
                    + memoryKiB + " KiB, " + iterations + " passes, " + parallelism + " lanes");
        }
    }
}
