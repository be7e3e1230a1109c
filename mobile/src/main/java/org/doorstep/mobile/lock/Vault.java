package org.doorstep.mobile.lock;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import org.doorstep.mobile.store.DataKey;

/**
 * Keeps the database's data key wrapped in the key file ({@link KeyFile}): under a key derived from the
 * person's PIN or passphrase (Argon2id), and under the server's recovery key for this device, which the
 * server gives only at a sign-in with the password. Changing the PIN rewraps the data key only: the
 * database is never re-encrypted.
 *
 * <p>After {@value #MAX_ATTEMPTS} wrong PINs in a row the PIN no longer unlocks; a sign-in with the
 * password does ({@link #recover}), and then a new PIN is chosen. Every attempt is counted in the key file
 * before the PIN is checked, so killing the app in the middle of an attempt does not give a free try.
 */
public final class Vault {
    public static final int MAX_ATTEMPTS = 5;

    /** Where the device stands. */
    public enum State {
        /** No key file: nobody has chosen a PIN on this device yet. */
        NOT_SET_UP,
        /** A PIN unlocks. */
        LOCKED,
        /** Too many wrong PINs: only a sign-in with the password unlocks. */
        LOCKED_OUT
    }

    /** What a recovery key did. */
    public enum Recovery {
        /** Unlocked. */
        UNLOCKED,
        /** The key file holds no wrapping under a recovery key (the server gave none when the PIN was set). */
        NO_RECOVERY_WRAP,
        /** The server's key does not open the wrapping (its secret changed, or another device's key). */
        KEY_DOES_NOT_FIT
    }

    private final Path dataDirectory;
    private final KdfParams kdf;
    private final SecureRandom random;

    /** {@code kdf}: Argon2id's cost for new PINs (old ones keep the cost stored with them). */
    public Vault(Path dataDirectory, KdfParams kdf, SecureRandom random) {
        this.dataDirectory = Objects.requireNonNull(dataDirectory, "dataDirectory");
        this.kdf = Objects.requireNonNull(kdf, "kdf");
        this.random = Objects.requireNonNull(random, "random");
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    public synchronized State state() {
        return KeyFile.read(dataDirectory)
                .map(file -> file.failedAttempts() >= MAX_ATTEMPTS ? State.LOCKED_OUT : State.LOCKED)
                .orElse(State.NOT_SET_UP);
    }

    /** Wrong PINs that may still be tried ({@value #MAX_ATTEMPTS} after a right one). */
    public synchronized int attemptsLeft() {
        return KeyFile.read(dataDirectory).map(file -> Math.max(0, MAX_ATTEMPTS - file.failedAttempts())).orElse(MAX_ATTEMPTS);
    }

    /** The username of the person whose PIN unlocks, once set up. */
    public synchronized Optional<String> owner() {
        return KeyFile.read(dataDirectory).map(KeyFile::owner);
    }

    /** This install's device id, once set up (readable while locked: the sign-in that unlocks needs it). */
    public synchronized Optional<String> deviceId() {
        return KeyFile.read(dataDirectory).map(KeyFile::deviceId);
    }

    /** Whether the data key is also wrapped under the server's recovery key. */
    public synchronized boolean hasRecovery() {
        return KeyFile.read(dataDirectory).map(file -> file.recoveryWrap() != null).orElse(false);
    }

    /**
     * Tries {@code pin}. The attempt is counted first; a right PIN resets the count.
     *
     * @throws IllegalStateException when the device is not set up
     */
    public synchronized UnlockResult unlock(String pin) {
        KeyFile file = KeyFile.read(dataDirectory).orElseThrow(() -> new IllegalStateException("No PIN is set on this device"));
        if (file.failedAttempts() >= MAX_ATTEMPTS) {
            return new UnlockResult.LockedOut();
        }
        KeyFile counted = file.withFailedAttempts(file.failedAttempts() + 1);
        counted.write(dataDirectory);
        byte[] pinKey = PinKdf.derive(pin == null ? "" : pin, file.salt(), file.kdf());
        try {
            byte[] raw = file.pinWrap().unwrap(pinKey, pinContext(file.deviceId()));
            try {
                file.withFailedAttempts(0).write(dataDirectory);
                return new UnlockResult.Unlocked(DataKey.of(raw));
            } finally {
                Arrays.fill(raw, (byte) 0);
            }
        } catch (KeyWrap.WrongKey wrong) {
            int left = MAX_ATTEMPTS - counted.failedAttempts();
            return left <= 0 ? new UnlockResult.LockedOut() : new UnlockResult.WrongPin(left);
        } finally {
            Arrays.fill(pinKey, (byte) 0);
        }
    }

    /**
     * Unwraps the data key with the server's recovery key for this device (base64url, from a sign-in with
     * the password). The wrong-PIN count stays until a new PIN is chosen with {@link #setPin}.
     */
    public synchronized RecoveryAttempt recover(String deviceKey) {
        KeyFile file = KeyFile.read(dataDirectory).orElseThrow(() -> new IllegalStateException("No PIN is set on this device"));
        if (file.recoveryWrap() == null) {
            return new RecoveryAttempt(Recovery.NO_RECOVERY_WRAP, null);
        }
        byte[] serverKey;
        try {
            serverKey = decode(deviceKey);
        } catch (IllegalArgumentException notAKey) {
            return new RecoveryAttempt(Recovery.KEY_DOES_NOT_FIT, null);
        }
        try {
            byte[] raw = file.recoveryWrap().unwrap(serverKey, recoveryContext(file.deviceId()));
            try {
                return new RecoveryAttempt(Recovery.UNLOCKED, DataKey.of(raw));
            } finally {
                Arrays.fill(raw, (byte) 0);
            }
        } catch (KeyWrap.WrongKey wrong) {
            return new RecoveryAttempt(Recovery.KEY_DOES_NOT_FIT, null);
        } finally {
            Arrays.fill(serverKey, (byte) 0);
        }
    }

    /**
     * What {@link #recover} did.
     *
     * @param outcome how it went
     * @param key     the data key when {@link Recovery#UNLOCKED}, else null
     */
    public record RecoveryAttempt(Recovery outcome, DataKey key) {
    }

    /**
     * Wraps {@code key} under {@code pin} (a new salt each time) for {@code owner}, and resets the wrong-PIN
     * count. The recovery wrapping is made anew under {@code deviceKey} when one is given, else the existing
     * one is kept (it wraps the same data key).
     *
     * @param pin       checked by {@link PinRules} first
     * @param deviceKey the server's recovery key for this device (base64url), or null
     * @throws IllegalArgumentException when the PIN breaks the rules (the message says why)
     */
    public synchronized void setPin(DataKey key, String pin, String owner, String deviceId, String deviceKey) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(deviceId, "deviceId");
        PinRules.problem(pin).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        Optional<KeyFile> existing = KeyFile.read(dataDirectory);
        if (existing.isPresent() && !existing.get().deviceId().equals(deviceId)) {
            throw new IllegalStateException("The key file belongs to device " + existing.get().deviceId() + ", not " + deviceId);
        }
        byte[] salt = new byte[PinKdf.SALT_BYTES];
        random.nextBytes(salt);
        byte[] raw = key.bytes();
        byte[] pinKey = PinKdf.derive(pin, salt, kdf);
        try {
            KeyWrap pinWrap = KeyWrap.wrap(pinKey, raw, pinContext(deviceId), random);
            KeyWrap recoveryWrap = deviceKey != null ? recoveryWrap(raw, deviceKey, deviceId)
                    : existing.map(KeyFile::recoveryWrap).orElse(null);
            new KeyFile(deviceId, owner, kdf, salt, pinWrap, recoveryWrap, 0).write(dataDirectory);
        } finally {
            Arrays.fill(raw, (byte) 0);
            Arrays.fill(pinKey, (byte) 0);
        }
    }

    /** Wraps {@code key} anew under the server's recovery key (after a sign-in), keeping the PIN's wrapping. */
    public synchronized void updateRecovery(DataKey key, String deviceKey) {
        Objects.requireNonNull(deviceKey, "deviceKey");
        KeyFile file = KeyFile.read(dataDirectory).orElseThrow(() -> new IllegalStateException("No PIN is set on this device"));
        byte[] raw = key.bytes();
        try {
            file.withRecoveryWrap(recoveryWrap(raw, deviceKey, file.deviceId())).write(dataDirectory);
        } finally {
            Arrays.fill(raw, (byte) 0);
        }
    }

    /**
     * Changes the PIN: {@code oldPin} is tried (and counted) like any unlock, then the data key is wrapped
     * under {@code newPin}. The database is not touched.
     *
     * @throws IllegalArgumentException when the new PIN breaks the rules (nothing changes, the old PIN is
     *                                  not tried)
     */
    public synchronized UnlockResult changePin(String oldPin, String newPin) {
        PinRules.problem(newPin).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        UnlockResult result = unlock(oldPin);
        if (result instanceof UnlockResult.Unlocked unlocked) {
            KeyFile file = KeyFile.read(dataDirectory).orElseThrow();
            setPin(unlocked.key(), newPin, file.owner(), file.deviceId(), null);
        }
        return result;
    }

    private KeyWrap recoveryWrap(byte[] raw, String deviceKey, String deviceId) {
        byte[] serverKey = decode(deviceKey);
        try {
            return KeyWrap.wrap(serverKey, raw, recoveryContext(deviceId), random);
        } finally {
            Arrays.fill(serverKey, (byte) 0);
        }
    }

    /** The server's base64url key, which must be 256 bits. */
    private static byte[] decode(String deviceKey) {
        byte[] bytes = Base64.getUrlDecoder().decode(Objects.requireNonNull(deviceKey, "deviceKey").getBytes(StandardCharsets.US_ASCII));
        if (bytes.length != PinKdf.KEY_BYTES) {
            throw new IllegalArgumentException("A device recovery key is " + PinKdf.KEY_BYTES + " bytes, not " + bytes.length);
        }
        return bytes;
    }

    private static String pinContext(String deviceId) {
        return "doorstep data key, wrapped under the PIN, device " + deviceId;
    }

    private static String recoveryContext(String deviceId) {
        return "doorstep data key, wrapped under the server's recovery key, device " + deviceId;
    }
}
