package org.doorstep.mobile.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.doorstep.protocol.auth.SignedInUser;

/** {@link SessionStore} in the (encrypted) device database: table {@code session}, at most one row. */
public final class SqliteSessionStore implements SessionStore {
    private final LocalDatabase database;

    public SqliteSessionStore(LocalDatabase database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    @Override
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

    @Override
    public void signedIn(SignedInUser user, String refreshToken, Instant at) {
        Objects.requireNonNull(user, "user");
        SessionStore.requireToken(refreshToken);
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

    @Override
    public void rotated(String refreshToken) {
        SessionStore.requireToken(refreshToken);
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

    @Override
    public void ended() {
        database.inTransaction(c -> {
            try (PreparedStatement update = c.prepareStatement("UPDATE session SET refresh_token = NULL WHERE id = 1")) {
                update.executeUpdate();
            }
            return null;
        });
    }

    private static List<String> roles(String column) {
        return column.isEmpty() ? List.of() : Arrays.asList(column.split(","));
    }
}
