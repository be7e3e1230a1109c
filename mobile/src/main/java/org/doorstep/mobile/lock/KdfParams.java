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
     * The app's choice: 64 MiB, 3 passes, 1 lane. About a third of a second per PIN tried on this project's
     * machines (see docs/BENCHMARKS.md): unnoticed by a person once per unlock, and it makes every guess of
     * someone who copied the files cost the same memory and time.
     */
    public static final KdfParams DEFAULT = new KdfParams(65_536, 3, 1);

    /** Cheap parameters for tests only: never for a real PIN. */
    public static final KdfParams FOR_TESTS = new KdfParams(64, 1, 1);

    public KdfParams {
        if (parallelism < 1 || iterations < 1 || memoryKiB < 8 * parallelism) {
            throw new IllegalArgumentException("Argon2id needs at least 1 lane, 1 pass and 8 KiB per lane; got memory "
                    + memoryKiB + " KiB, " + iterations + " passes, " + parallelism + " lanes");
        }
    }
}
