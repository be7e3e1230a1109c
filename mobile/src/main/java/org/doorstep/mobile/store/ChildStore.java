package org.doorstep.mobile.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.doorstep.protocol.visit.ChildSummary;

/** The children list as the server last gave it, kept so that the picker works offline. */
public final class ChildStore {
    private final LocalDatabase database;

    public ChildStore(LocalDatabase database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /** Replaces the cached list with {@code children}, in one transaction. */
    public void replaceAll(List<ChildSummary> children) {
        database.inTransaction(c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM children")) {
                delete.executeUpdate();
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO children (id, display_name) VALUES (?, ?)")) {
                for (ChildSummary child : children) {
                    insert.setString(1, child.id());
                    insert.setString(2, child.displayName());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return null;
        });
    }

    /** The cached children, by name (then id); empty before the first successful sync. */
    public List<ChildSummary> list() {
        return database.inTransaction(c -> {
            List<ChildSummary> children = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT id, display_name FROM children ORDER BY display_name, id");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    children.add(new ChildSummary(rows.getString(1), rows.getString(2)));
                }
            }
            return children;
        });
    }
}
