package org.doorstep.server.faults;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.doorstep.server.testing.PostgresCluster;

/**
 * {@link KillNineIT} against PostgreSQL (the private test cluster): the server process is killed, the
 * database is not. Integrity: amcheck over every B-tree index, plus the same record rules.
 */
class PostgresKillNineIT extends KillNineIT {
    @Override
    Map<String, String> database(Path work) {
        return ServerProcess.postgres(PostgresCluster.shared().newDatabase(), work);
    }

    @Override
    Connection connect(Map<String, String> database) throws SQLException {
        return DriverManager.getConnection(database.get("datasources.default.url"), "doorstep", "");
    }

    @Override
    List<String> integrity(Connection connection) throws SQLException {
        return Consistency.postgresIntegrity(connection);
    }
}
