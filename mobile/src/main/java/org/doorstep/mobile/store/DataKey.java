package org.doorstep.mobile.store;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;

/**
 * The random 256-bit key the device database is encrypted with. It is never stored in clear: the key
 * file holds it wrapped under the person's PIN (and under the server's recovery key for this device).
 * {@link #destroy()} overwrites it when the app locks; a destroyed key refuses to be used.
 *
 * <p>What cannot be wiped: the SQLite driver takes the key as a Java string when the connection opens
 * (strings are immutable), and keeps its own copy in native memory until the connection is closed.
 */
public final class DataKey {
    public static final int BYTES = 32;

    private final byte[] key;
    private boolean destroyed;

    private DataKey(byte[] key) {
        this.key = key;
    }

    /** A new random key. */
    public static DataKey random(SecureRandom random) {
        byte[] key = new byte[BYTES];
        Objects.requireNonNull(random, "random").nextBytes(key);
        return new DataKey(key);
    }

    /** A key from its {@value #BYTES} bytes (copied; the caller should overwrite its own array). */
    public static DataKey of(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        if (bytes.length != BYTES) {
            throw new IllegalArgumentException("A data key is " + BYTES + " bytes, not " + bytes.length);
        }
        return new DataKey(bytes.clone());
    }

    /** A copy of the key's bytes; overwrite it when done. */
    public synchronized byte[] bytes() {
        requireUsable();
        return key.clone();
    }

    public synchronized boolean destroyed() {
        return destroyed;
    }

    /** Overwrites the key in memory; it cannot be used afterwards. */
    public synchronized void destroy() {
        Arrays.fill(key, (byte) 0);
        destroyed = true;
    }

    private void requireUsable() {
        if (destroyed) {
            throw new IllegalStateException("The data key was destroyed when the app locked");
        }
    }

    @Override
    public String toString() {
        return destroyed ? "DataKey[destroyed]" : "DataKey[hidden]";
    }
}
