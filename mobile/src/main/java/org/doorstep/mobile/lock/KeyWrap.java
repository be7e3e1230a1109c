package org.doorstep.mobile.lock;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The data key encrypted (AES-256-GCM, JDK) under a key-encryption key: a PIN-derived key or the
 * server's recovery key for this device. GCM's tag tells a wrong key from the right one, and the
 * additional data binds a wrapping to its purpose and device, so one cannot be swapped for another.
 *
 * @param nonce      96 random bits, new for every wrapping
 * @param ciphertext the wrapped key and its 128-bit tag
 */
record KeyWrap(byte[] nonce, byte[] ciphertext) {
    private static final String CIPHER = "AES/GCM/NoPadding";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    /** The key-encryption key did not open this wrapping: a wrong PIN, or another device's key. */
    static final class WrongKey extends Exception {
        WrongKey() {
            super("The key does not open this wrapping");
        }
    }

    KeyWrap {
        Objects.requireNonNull(nonce, "nonce");
        Objects.requireNonNull(ciphertext, "ciphertext");
        if (nonce.length != NONCE_BYTES) {
            throw new IllegalArgumentException("A nonce is " + NONCE_BYTES + " bytes, not " + nonce.length);
        }
    }

    static KeyWrap wrap(byte[] keyEncryptionKey, byte[] dataKey, String context, SecureRandom random) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            return new KeyWrap(nonce, cipher(Cipher.ENCRYPT_MODE, keyEncryptionKey, nonce, context).doFinal(dataKey));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this JVM", e);
        }
    }

    /** The data key; overwrite the array when done. */
    byte[] unwrap(byte[] keyEncryptionKey, String context) throws WrongKey {
        try {
            return cipher(Cipher.DECRYPT_MODE, keyEncryptionKey, nonce, context).doFinal(ciphertext);
        } catch (AEADBadTagException e) {
            throw new WrongKey();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this JVM", e);
        }
    }

    private static Cipher cipher(int mode, byte[] key, byte[] nonce, String context) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance(CIPHER);
        cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(context.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return cipher;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof KeyWrap wrap && Arrays.equals(nonce, wrap.nonce) && Arrays.equals(ciphertext, wrap.ciphertext);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(nonce) + Arrays.hashCode(ciphertext);
    }

    @Override
    public String toString() {
        return "KeyWrap[" + ciphertext.length + " bytes]";
    }
}
