package org.doorstep.server.dashboard.compliance;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Which of the visit form's later columns ({@code visit_type}, {@code not_alone_code}, {@code bedroom_seen},
 * {@code child_views}, {@code observations}, {@code actions}) the database has: reads use them when they are
 * there, and read every visit as statutory with no form details when they are not. Looked up once.
 */
@Singleton
public class VisitColumns {
    private final JdbcOperations jdbc;
    private volatile Set<String> columns;

    VisitColumns(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    public boolean has(String column) {
        return columns().contains(column);
    }

    /** {@code column} when the table has it, else {@code fallback} (an SQL literal) under the column's name. */
    public String select(String alias, String column, String fallback) {
        return has(column) ? alias + "." + column : fallback + " AS " + column;
    }

    @Connectable
    Set<String> columns() {
        Set<String> known = columns;
        if (known == null) {
            known = jdbc.prepareStatement("SELECT * FROM visit WHERE 1 = 0", s -> {
                Set<String> names = new HashSet<>();
                try (ResultSet rs = s.executeQuery()) {
                    ResultSetMetaData meta = rs.getMetaData();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        names.add(meta.getColumnName(i).toLowerCase(Locale.ROOT));
                    }
                }
                return names;
            });
            columns = known;
        }
        return known;
    }
}
