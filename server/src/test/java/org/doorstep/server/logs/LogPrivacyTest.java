package org.doorstep.server.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.doorstep.protocol.visit.Visit;
import org.doorstep.server.ServerTest;
import org.doorstep.server.testing.People;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Everything the server logs, at DEBUG for its own code, while people sign in (rightly and wrongly), push
 * visits (stored, rejected, and one that meets a busy database and is logged as an error) and pull: no
 * child's name, no note text, no username and no password appears, in messages or in stack traces.
 */
@MicronautTest(transactional = false)
class LogPrivacyTest extends ServerTest {
    private static final String NOTE = "Private-note-text-7c1e";
    private static final String VIEWS = "Child-views-text-51d0";
    private static final String WRONG_PASSWORD = "wrong-password-2f9b-long";
    private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
    private Logger root;
    private Level ownLevel;

    @Override
    protected Map<String, String> extraProperties() {
        // A short busy timeout, so that the push below fails on the write lock quickly and is logged.
        return Map.of("datasources.default.url", "jdbc:sqlite:" + databaseFile + "?journal_mode=WAL&synchronous=FULL"
                + "&busy_timeout=300&foreign_keys=true&transaction_mode=IMMEDIATE");
    }

    @BeforeEach
    void capture() {
        root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        captured.start();
        root.addAppender(captured);
        Logger own = (Logger) LoggerFactory.getLogger("org.doorstep");
        ownLevel = own.getLevel();
        own.setLevel(Level.DEBUG);
    }

    @AfterEach
    void release() {
        root.detachAppender(captured);
        ((Logger) LoggerFactory.getLogger("org.doorstep")).setLevel(ownLevel);
    }

    @Test
    void signInPushAndPullLogNoPersonalData() throws Exception {
        assertEquals(401, signInReply("sam.worker", WRONG_PASSWORD, "log-phone").status());
        assertEquals(401, signInReply("no.such.person", WRONG_PASSWORD, "log-phone").status());
        String token = defaultToken();
        Visit stored = withText(visit(UUID.randomUUID()), "C-1001");
        Visit refused = withText(visit(UUID.randomUUID()), "C-9999");
        assertEquals(200, post("/api/sync/v1/push", pushBody(record(stored), record(refused))).status());
        assertEquals(200, get("/api/sync/v1/pull?protocolVersion=1").status());
        assertEquals(200, get("/api/children/C-1001/visits").status());
        assertEquals(503, pushWhileTheDatabaseIsBusy(withText(visit(UUID.randomUUID()), "C-1002")));
        assertTrue(token.length() > 20);

        List<String> lines = new ArrayList<>();
        for (ILoggingEvent event : captured.list) {
            lines.add(event.getFormattedMessage()
                    + (event.getThrowableProxy() == null ? "" : "\n" + ThrowableProxyUtil.asString(event.getThrowableProxy())));
        }
        assertTrue(lines.stream().anyMatch(line -> line.contains("Database error on POST /api/sync/v1/push")),
                "the failed push is logged (so the test sees what an error logs): " + lines);
        List<String> forbidden = new ArrayList<>(List.of(NOTE, VIEWS, WRONG_PASSWORD, DEMO_PASSWORD, "sam.worker",
                "no.such.person", "Sam Worker", token));
        forbidden.addAll(childNames());
        for (String line : lines) {
            for (String secret : forbidden) {
                assertFalse(line.contains(secret), "the log holds '" + secret + "': " + line);
            }
        }
    }

    private int pushWhileTheDatabaseIsBusy(Visit visit) throws Exception {
        try (Connection other = DelegatingDataSource.unwrapDataSource(dataSource).getConnection()) {
            other.setAutoCommit(false);
            try (Statement statement = other.createStatement()) {
                statement.executeUpdate("UPDATE sync_counter SET value = value WHERE id = 1");
            }
            int status = post("/api/sync/v1/push", pushBody(record(visit))).status();
            other.rollback();
            other.setAutoCommit(true);
            return status;
        }
    }

    private List<String> childNames() {
        People people = new People(dataSource);
        List<String> names = new ArrayList<>();
        for (String id : List.of("C-1001", "C-1002", "C-1003", "C-1004", "C-1005")) {
            names.add(people.query("SELECT display_name FROM child WHERE id = ?", id));
        }
        assertFalse(names.contains(null));
        return names;
    }

    private static Visit withText(Visit visit, String childId) {
        return new Visit(visit.id(), childId, visit.occurredAt(), visit.recordedAt(), true, false, "Carer stayed", NOTE,
                "statutory", "child_refused", true, VIEWS, "Observations " + NOTE, "Actions " + NOTE);
    }
}
