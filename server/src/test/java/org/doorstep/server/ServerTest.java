package org.doorstep.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.core.type.Argument;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.doorstep.protocol.ProtocolJson;
import org.doorstep.protocol.ProtocolVersion;
import org.doorstep.protocol.push.Mutation;
import org.doorstep.protocol.push.PushRequest;
import org.doorstep.protocol.push.RecordVisit;
import org.doorstep.protocol.visit.Visit;
import org.doorstep.server.testing.PostgresCluster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Base of the server's HTTP tests: a real server on a fresh SQLite file per test class, with the demo
 * children seeded. Subclasses carry {@code @MicronautTest(transactional = false)}: a test-wide
 * transaction would hold SQLite's write lock against the server under test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ServerTest implements TestPropertyProvider {
    protected static final ObjectMapper JSON = ProtocolJson.newMapper();
    /** The demo people's password (demo mode only). */
    protected static final String DEMO_PASSWORD = "doorstep-demo";
    /** The default caller's device; {@link #pushBody} names it. */
    protected static final String DEVICE = "device-test";
    protected final Path databaseFile = newDatabaseFile();
    private String defaultToken;
    private String adminToken;

    @Inject
    @Client("/")
    protected HttpClient http;

    @Inject
    protected DataSource dataSource;

    /** Guards the PostgreSQL twins against silently running on SQLite. */
    @Test
    void theServerRunsOnTheIntendedDatabase() throws Exception {
        try (Connection connection = DelegatingDataSource.unwrapDataSource(dataSource).getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            assertEquals(database() == Database.POSTGRESQL ? "PostgreSQL" : "SQLite", product);
        }
    }

    /** The database the server under test runs on; PostgreSQL twins of a test class override this. */
    protected Database database() {
        return Database.SQLITE;
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>();
        properties.put("doorstep.database.path", databaseFile.toString());
        // A random free port: a fixed one collides with anything else listening on the machine.
        properties.put("micronaut.server.port", "-1");
        if (database() == Database.POSTGRESQL) {
            properties.put("datasources.default.url", PostgresCluster.shared().newDatabase());
            properties.put("datasources.default.username", "doorstep");
            properties.put("datasources.default.password", "");
            properties.put("datasources.default.driver-class-name", "org.postgresql.Driver");
        }
        properties.put("doorstep.demo.enabled", "true");
        properties.putAll(extraProperties());
        return properties;
    }

    protected Map<String, String> extraProperties() {
        return Map.of();
    }

    private static Path newDatabaseFile() {
        try {
            return Files.createTempDirectory("doorstep-server-test").resolve("nested/folder/doorstep.db");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A valid visit to demo child C-1001, seen alone, at a fixed time with a BST offset. */
    protected static Visit visit(UUID id) {
        return new Visit(id, "C-1001", OffsetDateTime.parse("2026-06-02T10:15:00+01:00"),
                OffsetDateTime.parse("2026-06-02T10:40:00+01:00"), true, true, null, "Bedroom seen; child relaxed.");
    }

    protected static String pushBody(Mutation... mutations) {
        return pushBody(DEVICE, mutations);
    }

    protected static String pushBody(String deviceId, Mutation... mutations) {
        try {
            return JSON.writeValueAsString(new PushRequest(ProtocolVersion.CURRENT, deviceId, List.of(mutations)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    protected static RecordVisit record(Visit visit) {
        return new RecordVisit(UUID.randomUUID(), visit);
    }

    /** Status and parsed JSON body of a POST, whatever the status. */
    protected Reply post(String path, String body) {
        return exchange(HttpRequest.POST(path, body).contentType(MediaType.APPLICATION_JSON_TYPE));
    }

    protected Reply get(String path) {
        return exchange(HttpRequest.GET(path));
    }

    /** The request as the default caller: demo social worker sam.worker on device {@value #DEVICE}. */
    protected Reply exchange(MutableHttpRequest<?> request) {
        if (!request.getHeaders().contains(HttpHeaders.AUTHORIZATION)) {
            request.bearerAuth(defaultToken());
        }
        return send(request);
    }

    /** The request with no access token at all. */
    protected Reply anonymous(MutableHttpRequest<?> request) {
        return send(request);
    }

    /** The request with {@code token} as its bearer token. */
    protected Reply as(String token, MutableHttpRequest<?> request) {
        return send(request.bearerAuth(token));
    }

    /** Signs in with the demo password and answers the access token. */
    protected String signIn(String username, String deviceId) {
        Reply reply = signInReply(username, DEMO_PASSWORD, deviceId);
        assertEquals(200, reply.status(), () -> "sign-in as " + username + ": " + reply.body());
        return reply.text("/accessToken");
    }

    protected Reply signInReply(String username, String password, String deviceId) {
        ObjectNode body = JSON.createObjectNode().put("username", username).put("password", password)
                .put("deviceId", deviceId).put("deviceName", "test device");
        return send(HttpRequest.POST("/api/auth/v1/sign-in", body.toString()).contentType(MediaType.APPLICATION_JSON_TYPE));
    }

    /** The request as the demo administrator, ada.admin. */
    protected Reply asAdmin(MutableHttpRequest<?> request) {
        return as(adminToken(), request);
    }

    protected Reply adminGet(String path) {
        return asAdmin(HttpRequest.GET(path));
    }

    /** The demo administrator's access token, signed in once per test class. */
    protected String adminToken() {
        if (adminToken == null) {
            adminToken = signIn("ada.admin", "admin-console");
        }
        return adminToken;
    }

    /** The default caller's access token, signed in once per test class. */
    protected String defaultToken() {
        if (defaultToken == null) {
            defaultToken = signIn("sam.worker", DEVICE);
        }
        return defaultToken;
    }

    private Reply send(HttpRequest<?> request) {
        try {
            HttpResponse<String> response = http.toBlocking().exchange(request, Argument.STRING, Argument.STRING);
            return new Reply(response.code(), readTree(response.body()));
        } catch (HttpClientResponseException e) {
            return new Reply(e.code(), readTree(e.getResponse().getBody(String.class).orElse(null)));
        }
    }

    private static JsonNode readTree(String body) {
        try {
            return body == null ? JSON.missingNode() : JSON.readTree(body);
        } catch (IOException e) {
            throw new AssertionError("The server answered with a body that is not JSON: " + body, e);
        }
    }

    public enum Database { SQLITE, POSTGRESQL }

    protected record Reply(int status, JsonNode body) {
        public String text(String pointer) {
            return body.at(pointer).asText();
        }
    }
}
