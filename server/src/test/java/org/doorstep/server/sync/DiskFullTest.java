package org.doorstep.server.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.doorstep.protocol.push.Mutation;
import org.doorstep.protocol.visit.Visit;
import org.doorstep.server.ServerTest;
import org.doorstep.server.testing.DatabaseFingerprint;
import org.junit.jupiter.api.Test;

/**
 * A database that cannot grow (a full disk): SQLite answers {@code SQLITE_FULL}, "database or disk is full",
 * from its pager when a write needs a page the file cannot get. The test makes exactly that happen, with
 * {@code PRAGMA max_page_count} set to the file's current size on every pooled connection of the running
 * server, so a large push fails part-way through its batch. The push is refused with the retryable 503
 * {@code server_unavailable}, nothing of the batch is stored, and once the limit is lifted (the disk has
 * room again) the device's retry of the same batch is stored, each visit once.
 *
 * <p>Why not a real full disk: the tests run as root on one large filesystem, and making a small one needs
 * a mount, which needs root privileges the product must not assume. {@code chmod} does not bind root, and
 * does not touch a running server's open files anyway.
 */
@MicronautTest(transactional = false)
class DiskFullTest extends ServerTest {
    private static final int POOL = 3;
    private static final String[] TABLES = {"visit", "missing_episode", "return_interview", "audit_event", "child_scope_change",
            "sync_counter", "child"};

    @Override
    protected Map<String, String> extraProperties() {
        // A fixed pool, so the test can reach every connection the server will use.
        return Map.of("datasources.default.maximum-pool-size", Integer.toString(POOL),
                "datasources.default.minimum-idle", Integer.toString(POOL));
    }

    @Test
    void aPushIntoAFullDatabaseIsRefusedRetryablyStoresNothingAndItsRetryIsStoredOnce() throws Exception {
        assertEquals(200, get("/api/children").status()); // signs in while there is room
        List<Mutation> batch = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            Visit small = visit(UUID.randomUUID());
            batch.add(record(new Visit(small.id(), small.childId(), small.occurredAt(), small.recordedAt(), true, true, null,
                    "Long observation notes. ".repeat(150))));
        }
        String body = pushBody(batch.toArray(Mutation[]::new));
        DataSource pool = DelegatingDataSource.unwrapDataSource(dataSource);
        Map<String, List<String>> before = DatabaseFingerprint.of(pool, TABLES);

        onEveryConnection(pool, "PRAGMA max_page_count = " + pageCount(pool));
        Reply refused = post("/api/sync/v1/push", body);
        Map<String, List<String>> afterRefusal = DatabaseFingerprint.of(pool, TABLES);
        onEveryConnection(pool, "PRAGMA max_page_count = 4294967294");
        Reply retried = post("/api/sync/v1/push", body);

        assertEquals(503, refused.status(), refused.body().toString());
        assertEquals("server_unavailable", refused.text("/code"));
        assertEquals(before, afterRefusal, "nothing of the refused batch is stored, not even its audit entries");
        assertEquals(200, retried.status());
        for (int i = 0; i < batch.size(); i++) {
            assertEquals("applied", retried.text("/results/" + i + "/outcome"));
        }
        assertEquals(batch.size(), get("/api/children/C-1001/visits").body().size());
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("PRAGMA integrity_check")) {
            rs.next();
            assertEquals("ok", rs.getString(1));
        }
    }

    private static long pageCount(DataSource pool) throws SQLException {
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("PRAGMA page_count")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Runs {@code sql} on each of the pool's connections: holds them all at once so none is missed. */
    private static void onEveryConnection(DataSource pool, String sql) throws SQLException {
        List<Connection> all = new ArrayList<>();
        try {
            for (int i = 0; i < POOL; i++) {
                Connection connection = pool.getConnection();
                all.add(connection);
                try (Statement statement = connection.createStatement()) {
                    statement.execute(sql);
                }
            }
        } finally {
            for (Connection connection : all) {
                connection.close();
            }
        }
    }
}
