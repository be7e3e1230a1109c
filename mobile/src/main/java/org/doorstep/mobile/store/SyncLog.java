package org.doorstep.mobile.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** When a sync last completed on this device (table {@code sync_status}), shown in the status line. */
public final class SyncLog {
    private final LocalDatabase database;

    public SyncLog(LocalDatabase database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /** When a sync last completed, or empty if none ever did on this device. */
    public Optional<Instant> lastSuccess() {
        return database.inTransaction(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT last_success_at FROM sync_status WHERE id = 1");
                 ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(Instant.parse(rows.getString(1))) : Optional.empty();
            }
        });
    }

    public void succeeded(Instant at) {
        Objects.requireNonNull(at, "at");
        database.inTransaction(c -> {
            try (PreparedStatement upsert = c.prepareStatement(
                    "INSERT OR REPLACE INTO sync_status (id, last_success_at) VALUES (1, ?)")) {
                upsert.setString(1, at.toString());
                upsert.executeUpdate();
            }
            return null;
        });
    }
}
