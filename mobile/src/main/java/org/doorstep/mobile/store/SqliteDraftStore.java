package org.doorstep.mobile.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/** {@link DraftStore} in the device database's {@code drafts} table (encrypted with the rest). */
public final class SqliteDraftStore implements DraftStore {
    private final LocalDatabase database;
    private final Clock clock;

    public SqliteDraftStore(LocalDatabase database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void save(String formKey, String content) {
        DraftKeys.check(formKey, content);
        database.inTransaction(c -> {
            try (PreparedStatement upsert = c.prepareStatement("INSERT INTO drafts (form_key, content, saved_at) "
                    + "VALUES (?, ?, ?) ON CONFLICT (form_key) DO UPDATE SET content = excluded.content, "
                    + "saved_at = excluded.saved_at")) {
                upsert.setString(1, formKey);
                upsert.setString(2, content);
                upsert.setString(3, clock.instant().toString());
                upsert.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public Optional<String> find(String formKey) {
        Objects.requireNonNull(formKey, "formKey");
        return database.inTransaction(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT content FROM drafts WHERE form_key = ?")) {
                select.setString(1, formKey);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public void delete(String formKey) {
        Objects.requireNonNull(formKey, "formKey");
        database.inTransaction(c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM drafts WHERE form_key = ?")) {
                delete.setString(1, formKey);
                delete.executeUpdate();
            }
            return null;
        });
    }
}
