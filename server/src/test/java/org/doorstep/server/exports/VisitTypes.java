package org.doorstep.server.exports;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Gives the test database the visit type column of migration V6 when the schema does not have it yet, exactly
 * as V6 adds it, so the export's statutory-only rule is tested on both sides of that migration.
 */
final class VisitTypes {
    private VisitTypes() {
    }

    static void addColumnIfAbsent(DataSource dataSource) {
        try (Connection connection = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             Statement statement = connection.createStatement()) {
            boolean present;
            try (ResultSet rs = statement.executeQuery("SELECT * FROM visit WHERE 1 = 0")) {
                present = false;
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    present |= "visit_type".equalsIgnoreCase(rs.getMetaData().getColumnName(i));
                }
            }
            if (!present) {
                statement.executeUpdate("ALTER TABLE visit ADD COLUMN visit_type VARCHAR(20) NOT NULL DEFAULT 'statutory'");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot add visit.visit_type: " + e.getMessage(), e);
        }
    }
}
