package org.doorstep.mobile.lock;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The key file beside the database, {@value #FILE_NAME}: what the device needs to open its records, none
 * of it secret without the PIN or the server. Properties text, written whole to a temporary file, forced
 * to disk and renamed over the old one, so a crash leaves either the old or the new file, never half of one.
 *
 * @param deviceId       this install's id (also in the database; kept here for the sign-in that unlocks
 *                       after too many wrong PINs, when the database cannot be read)
 * @param owner          the username of the person whose PIN wraps the key
 * @param kdf            Argon2id's cost for {@code pinWrap}
 * @param salt           Argon2id's salt for {@code pinWrap}
 * @param pinWrap        the data key wrapped under the PIN-derived key
 * @param recoveryWrap   the data key wrapped under the server's recovery key for this device, or null when the
 *                       server gave none yet
 * @param failedAttempts wrong PINs in a row; counted before each attempt is checked
 */
record KeyFile(String deviceId, String owner, KdfParams kdf, byte[] salt, KeyWrap pinWrap, KeyWrap recoveryWrap,
               int failedAttempts) {
    static final String FILE_NAME = "doorstep.key";
    private static final String FORMAT = "1";

    KeyFile {
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(kdf, "kdf");
        Objects.requireNonNull(salt, "salt");
        Objects.requireNonNull(pinWrap, "pinWrap");
        if (failedAttempts < 0) {
            throw new IllegalArgumentException("failedAttempts must not be negative");
        }
    }

    KeyFile withFailedAttempts(int attempts) {
        return new KeyFile(deviceId, owner, kdf, salt, pinWrap, recoveryWrap, attempts);
    }

    KeyFile withRecoveryWrap(KeyWrap wrap) {
        return new KeyFile(deviceId, owner, kdf, salt, pinWrap, wrap, failedAttempts);
    }

    /** The key file in {@code dataDirectory}, or empty when there is none (the device is not set up). */
    static Optional<KeyFile> read(Path dataDirectory) {
        Path file = dataDirectory.resolve(FILE_NAME);
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            throw new VaultException("The key file " + file + " cannot be read: " + e.getMessage(), e);
        }
        try {
            String format = required(properties, "format");
            if (!FORMAT.equals(format)) {
                throw new VaultException("The key file " + file + " is in format " + format + ", which this version of "
                        + "Doorstep does not know; update the app");
            }
            if (!"argon2id".equals(required(properties, "kdf"))) {
                throw new VaultException("The key file " + file + " names an unknown key derivation: " + properties.get("kdf"));
            }
            KdfParams kdf = new KdfParams(integer(properties, "kdf.memoryKiB"), integer(properties, "kdf.iterations"),
                    integer(properties, "kdf.parallelism"));
            KeyWrap recovery = properties.containsKey("recovery.nonce")
                    ? new KeyWrap(bytes(properties, "recovery.nonce"), bytes(properties, "recovery.key")) : null;
            return Optional.of(new KeyFile(required(properties, "deviceId"), required(properties, "owner"), kdf,
                    bytes(properties, "kdf.salt"), new KeyWrap(bytes(properties, "pin.nonce"), bytes(properties, "pin.key")),
                    recovery, integer(properties, "failedAttempts")));
        } catch (IllegalArgumentException e) {
            throw new VaultException("The key file " + file + " is damaged: " + e.getMessage(), e);
        }
    }

    /** Replaces the key file in {@code dataDirectory} with this one, atomically and durably. */
    void write(Path dataDirectory) {
        Path file = dataDirectory.resolve(FILE_NAME);
        Path temporary = dataDirectory.resolve(FILE_NAME + ".new");
        try {
            Files.createDirectories(dataDirectory);
            byte[] text = text().getBytes(StandardCharsets.UTF_8);
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING); OutputStream out = java.nio.channels.Channels.newOutputStream(channel)) {
                out.write(text);
                out.flush();
                channel.force(true);
            }
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new VaultException("The key file " + file + " could not be written: " + e.getMessage(), e);
        }
    }

    private String text() throws IOException {
        TreeMap<String, String> values = new TreeMap<>();
        values.put("format", FORMAT);
        values.put("deviceId", deviceId);
        values.put("owner", owner);
        values.put("kdf", "argon2id");
        values.put("kdf.memoryKiB", Integer.toString(kdf.memoryKiB()));
        values.put("kdf.iterations", Integer.toString(kdf.iterations()));
        values.put("kdf.parallelism", Integer.toString(kdf.parallelism()));
        values.put("kdf.salt", encode(salt));
        values.put("pin.nonce", encode(pinWrap.nonce()));
        values.put("pin.key", encode(pinWrap.ciphertext()));
        if (recoveryWrap != null) {
            values.put("recovery.nonce", encode(recoveryWrap.nonce()));
            values.put("recovery.key", encode(recoveryWrap.ciphertext()));
        }
        values.put("failedAttempts", Integer.toString(failedAttempts));
        StringWriter writer = new StringWriter();
        writer.write("# Doorstep: the device database's key, wrapped. Without it the records cannot be read.\n");
        for (var entry : values.entrySet()) {
            Properties one = new Properties();
            one.setProperty(entry.getKey(), entry.getValue());
            StringWriter line = new StringWriter();
            one.store(line, null);
            // Properties.store writes a date comment first; keep only the key=value line.
            line.toString().lines().filter(l -> !l.startsWith("#")).forEach(l -> writer.write(l + "\n"));
        }
        return writer.toString();
    }

    private static String required(Properties properties, String key) {
        String value = properties.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(key + " is missing");
        }
        return value.strip();
    }

    private static int integer(Properties properties, String key) {
        try {
            return Integer.parseInt(required(properties, key));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " is not a whole number");
        }
    }

    private static byte[] bytes(Properties properties, String key) {
        try {
            return Base64.getDecoder().decode(required(properties, key));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(key + " is not base64");
        }
    }

    private static String encode(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    @Override
    public String toString() {
        return "KeyFile[deviceId=" + deviceId + ", owner=" + owner + ", kdf=" + kdf + ", recovery="
                + (recoveryWrap != null) + ", failedAttempts=" + failedAttempts + "]";
    }
}
