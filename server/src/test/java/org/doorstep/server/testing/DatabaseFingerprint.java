package org.doorstep.server.testing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Every row of the given tables as text, sorted: two fingerprints are equal exactly when the tables hold
 * the same rows, so a test can show that an operation changed nothing at all.
 */
public final class DatabaseFingerprint {
    private DatabaseFingerprint() {
    }

    public static Map<String, List<String>> of(DataSource dataSource, String... tables) throws SQLException {
        Map<String, List<String>> fingerprint = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String table : tables) {
                List<String> rows = new ArrayList<>();
                try (ResultSet rs = statement.executeQuery("SELECT * FROM " + table)) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= columns; i++) {
                            row.append(rs.getMetaData().getColumnName(i)).append('=').append(rs.getString(i)).append('|');
                        }
                        rows.add(row.toString());
                    }
                }
                Collections.sort(rows);
                fingerprint.put(table, rows);
            }
        }
        return fingerprint;
    }
}
