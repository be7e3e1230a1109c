package db.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Makes {@code audit_event} append-only in the database itself: a trigger refuses every UPDATE and DELETE,
 * whatever code or person issues it. The two databases write triggers differently (SQLite: RAISE(ABORT)
 * in the trigger body; PostgreSQL: a trigger function), so this one migration is Java and picks the form
 * by the connected database. Found by Flyway in the {@code db/migration} location beside the SQL files.
 */
public class V4_1__Audit_append_only extends BaseJavaMigration {
    static final String REFUSAL = "audit_event is append-only";

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        String product = connection.getMetaData().getDatabaseProductName();
        try (Statement statement = connection.createStatement()) {
            if ("PostgreSQL".equals(product)) {
                statement.execute("CREATE FUNCTION audit_event_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$"
                        + " BEGIN RAISE EXCEPTION '" + REFUSAL + "'; END; $$");
                statement.execute("CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event"
                        + " FOR EACH ROW EXECUTE FUNCTION audit_event_refuse_change()");
                statement.execute("CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event"
                        + " FOR EACH STATEMENT EXECUTE FUNCTION audit_event_refuse_change()");
            } else if ("SQLite".equals(product)) {
                statement.execute("CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event"
                        + " BEGIN SELECT RAISE(ABORT, '" + REFUSAL + "'); END");
                statement.execute("CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event"
                        + " BEGIN SELECT RAISE(ABORT, '" + REFUSAL + "'); END");
            } else {
                throw new SQLException("No append-only trigger for database " + product);
            }
        }
    }
}
