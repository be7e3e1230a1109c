package org.doorstep.server.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Write transactions on one SQLite file take turns in this process; reads never wait for them. */
class WriterQueueTest {
    private String url;

    @BeforeEach
    void database() throws Exception {
        Path file = Files.createTempDirectory("doorstep-writers").resolve("queue.db");
        url = "jdbc:sqlite:" + file + "?journal_mode=WAL&busy_timeout=400&transaction_mode=IMMEDIATE";
        try (Connection connection = open(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE note (id INTEGER PRIMARY KEY, text TEXT NOT NULL)");
        }
    }

    private Connection open() throws SQLException {
        return new SqliteDriver().connect(url, new Properties());
    }

    @Test
    void aSecondWriterWaitsForTheFirstToFinishThenWrites() throws Exception {
        try (Connection first = open(); Connection second = open()) {
            first.setAutoCommit(false);
            insert(first, "first");
            CountDownLatch started = new CountDownLatch(1);
            CompletableFuture<Long> secondBegan = CompletableFuture.supplyAsync(() -> {
                try {
                    started.countDown();
                    second.setAutoCommit(false);
                    long began = System.nanoTime();
                    insert(second, "second");
                    second.commit();
                    second.setAutoCommit(true);
                    return began;
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            started.await();
            Thread.sleep(150);
            assertFalse(secondBegan.isDone(), "the second writer must wait while the first holds its turn");
            first.commit();
            long released = System.nanoTime();
            first.setAutoCommit(true);

            long began = secondBegan.get(5, TimeUnit.SECONDS);
            assertTrue(began >= released, "the second writer began before the first finished");
            assertEquals(2, count(first));
        }
    }

    @Test
    void aWriterThatWaitsLongerThanTheBusyTimeoutIsToldTheDatabaseIsBusyAndCanTryAgain() throws Exception {
        try (Connection first = open(); Connection second = open()) {
            first.setAutoCommit(false);
            insert(first, "held");

            long start = System.nanoTime();
            SQLException busy = assertThrows(SQLException.class, () -> second.setAutoCommit(false));
            long waitedMillis = (System.nanoTime() - start) / 1_000_000;

            assertTrue(busy.getMessage().startsWith("[SQLITE_BUSY]"), busy.getMessage());
            assertTrue(waitedMillis >= 350, "gave up after " + waitedMillis + " ms, before the busy timeout");
            assertTrue(second.getAutoCommit(), "a refused writer is left as it was");
            first.rollback();
            first.setAutoCommit(true);

            second.setAutoCommit(false);
            insert(second, "retried");
            second.commit();
            second.setAutoCommit(true);
            assertEquals(1, count(first));
        }
    }

    @Test
    void aReadOnlyTransactionDoesNotWaitForAWriter() throws Exception {
        try (Connection writer = open(); Connection reader = open()) {
            writer.setAutoCommit(false);
            insert(writer, "uncommitted");

            long start = System.nanoTime();
            reader.setReadOnly(true);
            reader.setAutoCommit(false);
            int seen = count(reader);
            reader.commit();
            reader.setAutoCommit(true);

            assertTrue((System.nanoTime() - start) / 1_000_000 < 300, "the reader waited for the writer");
            assertEquals(0, seen);
            writer.rollback();
            writer.setAutoCommit(true);
        }
    }

    @Test
    void closingAConnectionInTheMiddleOfAWriteGivesUpItsTurn() throws Exception {
        Connection abandoned = open();
        abandoned.setAutoCommit(false);
        insert(abandoned, "lost");
        abandoned.close();

        try (Connection next = open()) {
            next.setAutoCommit(false);
            insert(next, "kept");
            next.commit();
            next.setAutoCommit(true);
            assertEquals(1, count(next));
        }
    }

    @Test
    void theBusyTimeoutIsReadFromTheUrl() {
        assertEquals(400, SqliteDriver.busyTimeoutMillis(url));
        assertEquals(3_000, SqliteDriver.busyTimeoutMillis("jdbc:sqlite:/tmp/x.db"));
        assertEquals(3_000, SqliteDriver.busyTimeoutMillis("jdbc:sqlite:/tmp/x.db?busy_timeout=soon"));
    }

    private static void insert(Connection connection, String text) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("INSERT INTO note (text) VALUES (?)")) {
            statement.setString(1, text);
            statement.executeUpdate();
        }
    }

    private static int count(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM note")) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
