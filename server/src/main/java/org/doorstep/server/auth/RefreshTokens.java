package org.doorstep.server.auth;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.doorstep.server.db.TimeText;

/**
 * Refresh tokens: 256 random bits, handed to the device once and stored only as their SHA-256. One live
 * token per device; a refresh replaces it, and a replaced token presented again withdraws them all.
 */
@Singleton
public class RefreshTokens {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final JdbcOperations jdbc;

    RefreshTokens(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** What the store holds for a presented token. */
    public record Stored(String deviceId, Instant expiresAt, Instant replacedAt) {
    }

    /** Withdraws the device's tokens and issues a new one; the token itself is returned, never stored. */
    @Transactional
    public String issue(String deviceId, Instant now, Instant expiresAt) {
        withdrawAll(deviceId);
        return insert(deviceId, now, expiresAt);
    }

    @Transactional(readOnly = true)
    public Optional<Stored> find(String token) {
        return jdbc.prepareStatement("SELECT device_id, expires_at, replaced_at FROM refresh_token WHERE token_hash = ?", s -> {
            s.setString(1, hash(token));
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                String replaced = rs.getString(3);
                return Optional.of(new Stored(rs.getString(1), TimeText.instant(rs.getString(2)),
                        replaced == null ? null : TimeText.instant(replaced)));
            }
        });
    }

    /**
     * Replaces {@code token} with a new one. Empty when another request replaced it first (a concurrent
     * refresh with the same token: treated as reuse by the caller).
     */
    @Transactional
    public Optional<String> rotate(String token, String deviceId, Instant now, Instant expiresAt) {
        int replaced = jdbc.prepareStatement("UPDATE refresh_token SET replaced_at = ? WHERE token_hash = ? AND replaced_at IS NULL", s -> {
            s.setString(1, TimeText.of(now));
            s.setString(2, hash(token));
            return s.executeUpdate();
        });
        if (replaced != 1) {
            return Optional.empty();
        }
        return Optional.of(insert(deviceId, now, expiresAt));
    }

    /** Whether someone is signed in on the device: it holds a refresh token that is neither replaced nor expired. */
    @Transactional(readOnly = true)
    public boolean hasLive(String deviceId, Instant now) {
        return jdbc.prepareStatement("SELECT 1 FROM refresh_token WHERE device_id = ? AND replaced_at IS NULL AND expires_at > ?", s -> {
            s.setString(1, deviceId);
            s.setString(2, TimeText.of(now));
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        });
    }

    @Transactional
    public void withdrawAll(String deviceId) {
        jdbc.prepareStatement("DELETE FROM refresh_token WHERE device_id = ?", s -> {
            s.setString(1, deviceId);
            return s.executeUpdate();
        });
    }

    private String insert(String deviceId, Instant now, Instant expiresAt) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.prepareStatement("INSERT INTO refresh_token (token_hash, device_id, issued_at, expires_at) VALUES (?, ?, ?, ?)", s -> {
            s.setString(1, hash(token));
            s.setString(2, deviceId);
            s.setString(3, TimeText.of(now));
            s.setString(4, TimeText.of(expiresAt));
            return s.executeUpdate();
        });
        return token;
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
