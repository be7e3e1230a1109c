package org.doorstep.mobile.lock;

import com.password4j.Argon2Function;
import com.password4j.types.Argon2;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;

/** Argon2id (password4j, pure Java: it runs on a phone too) from a PIN or passphrase to a 256-bit key. */
final class PinKdf {
    static final int KEY_BYTES = 32;
    static final int SALT_BYTES = 16;

    private PinKdf() {
    }

    /**
     * The key for {@code pin} with {@code salt}. The PIN is normalised (Unicode NFC) first, so that the
     * same passphrase typed on another keyboard gives the same key.
     */
    static byte[] derive(String pin, byte[] salt, KdfParams params) {
        byte[] secret = Normalizer.normalize(pin, Normalizer.Form.NFC).getBytes(StandardCharsets.UTF_8);
        try {
            return Argon2Function.getInstance(params.memoryKiB(), params.iterations(), params.parallelism(), KEY_BYTES,
                    Argon2.ID).hash(secret, salt).getBytes();
        } finally {
            Arrays.fill(secret, (byte) 0);
        }
    }
}
