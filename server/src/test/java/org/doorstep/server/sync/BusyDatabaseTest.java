package org.doorstep.server.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.doorstep.protocol.push.RecordVisit;
import org.doorstep.server.ServerTest;
import org.junit.jupiter.api.Test;

/**
 * A push that cannot get the database's single write lock in time is refused as a whole with a retryable
 * error, and the device's retry is stored once.
 */
@MicronautTest(transactional = false)
class BusyDatabaseTest extends ServerTest {

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("datasources.default.url", "jdbc:sqlite:" + databaseFile + "?journal_mode=WAL&synchronous=FULL"
                + "&busy_timeout=300&foreign_keys=true&transaction_mode=IMMEDIATE");
    }

    @Test
    void aPushThatCannotWriteInTimeIsRefusedWithARetryableErrorAndTheRetryIsStoredOnce() throws Exception {
        RecordVisit mutation = record(visit(UUID.randomUUID()));
        String body = pushBody(mutation);
        assertEquals(200, get("/api/children").status()); // signs in before the lock is taken
        Reply refused;
        try (Connection other = DelegatingDataSource.unwrapDataSource(dataSource).getConnection()) {
            other.setAutoCommit(false);
            try (Statement statement = other.createStatement()) {
                statement.executeUpdate("UPDATE sync_counter SET value = value WHERE id = 1");
            }

            refused = post("/api/sync/v1/push", body);

            other.rollback();
            other.setAutoCommit(true);
        }
        Reply retried = post("/api/sync/v1/push", body);

        assertEquals(503, refused.status());
        assertEquals("server_unavailable", refused.text("/code"));
        assertEquals(200, retried.status());
        assertEquals("applied", retried.text("/results/0/outcome"));
        assertEquals(1, get("/api/children/C-1001/visits").body().size());
    }
}
