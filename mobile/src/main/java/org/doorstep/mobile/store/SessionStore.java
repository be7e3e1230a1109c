package org.doorstep.mobile.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.doorstep.protocol.auth.SignedInUser;

/**
 * Who is signed in on this device and the refresh token that keeps them signed in. The access token is
 * never stored (it lives in memory for 15 minutes).
 *
 * <p>NOT ENCRYPTED YET: the refresh token sits in the device database, which is protected only by the
 * operating system's app sandbox until the encrypted store is built (see {@link LocalDatabase}).
 */
public final class SessionStore {
    private final LocalDatabase database;

    public SessionStore(LocalDatabase database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /** The stored session, current or ended; empty when nobody signed in since the last sign-out or wipe. */
    public Optional<StoredSession> load() {
        return database.inTransaction(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT user_id, username, display_name, roles, "
                    + "refresh_token, signed_in_at FROM session WHERE id = 1");
                 ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                SignedInUser user = new SignedInUser(rows.getString(1), rows.getString(2), rows.getString(3),
                        roles(rows.getString(4)));
                return Optional.of(new StoredSession(user, rows.getString(5), Instant.parse(rows.getString(6))));
            }
        });
    }

    /** Records a new sign-in, replacing any earlier one. */
    public void signedIn(SignedInUser user, String refreshToken, Instant at) {
        Objects.requireNonNull(user, "user");
        requireToken(refreshToken);
        Objects.requireNonNull(at, "at");
        database.inTransaction(c -> {
            try (PreparedStatement upsert = c.prepareStatement("INSERT OR REPLACE INTO session (id, user_id, username, "
                    + "display_name, roles, refresh_token, signed_in_at) VALUES (1, ?, ?, ?, ?, ?, ?)")) {
                upsert.setString(1, user.id());
                upsert.setString(2, user.username());
                upsert.setString(3, user.displayName() == null ? user.username() : user.displayName());
                upsert.setString(4, String.join(",", user.roles()));
                upsert.setString(5, refreshToken);
                upsert.setString(6, at.toString());
                upsert.executeUpdate();
            }
            return null;
        });
    }

    /** Replaces the refresh token with the rotated one the server just issued (the old one no longer works). */
    public void rotated(String refreshToken) {
        requireToken(refreshToken);
        int updated = database.inTransaction(c -> {
            try (PreparedStatement update = c.prepareStatement("UPDATE session SET refresh_token = ? WHERE id = 1")) {
                update.setString(1, refreshToken);
                return update.executeUpdate();
            }
        });
        if (updated != 1) {
            throw new StoreException("No sign-in is stored on this device to take the new refresh token");
        }
    }

    /** Forgets the refresh token but keeps who was signed in: the server ended the sign-in. */
    public void ended() {
        database.inTransaction(c -> {
            try (PreparedStatement update = c.prepareStatement("UPDATE session SET refresh_token = NULL WHERE id = 1")) {
                update.executeUpdate();
            }
            return null;
        });
    }

    private static void requireToken(String refreshToken) {
        if (refreshToken == null || refreshToken.isBlank()) {
            throw new IllegalArgumentException("refreshToken must not be blank");
        }
    }

    private static List<String> roles(String column) {
        return column.isEmpty() ? List.of() : Arrays.asList(column.split(","));
    }
}
