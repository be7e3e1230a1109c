package org.doorstep.server.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.GZIPInputStream;
import javax.sql.DataSource;
import org.doorstep.protocol.ProtocolJson;
import org.doorstep.protocol.Ids;
import org.doorstep.protocol.ProtocolVersion;
import org.doorstep.protocol.push.Mutation;
import org.doorstep.protocol.push.PushRequest;
import org.doorstep.protocol.push.RecordVisit;
import org.doorstep.protocol.visit.Visit;
import org.doorstep.server.db.TimeText;
import org.doorstep.server.testing.PostgresCluster;
import org.doorstep.server.visits.VisitEntity;
import org.doorstep.server.visits.VisitInserts;
import org.doorstep.server.visits.VisitRows;

/**
 * {@code ./doorstep bench sync [sqlite|postgresql]}: push throughput from 8 concurrent devices in batches
 * of 200 visits over loopback HTTP, beside plain JDBC batch inserts of the same rows in this JVM; and a
 * first pull of a 60-child caseload with three years of visits. Prints figures; asserts nothing.
 */
public final class SyncBench {
    private static final ObjectMapper JSON = ProtocolJson.newMapper();
    private static final int DEVICES = 8;
    private static final int BATCH = 200;
    private static final int BATCHES_PER_DEVICE = 25;
    /**
     * Rounds pushed before measuring. On two cores a single short warm-up left the measured round sharing the
     * CPU with the JIT compiler and running partly interpreted (seen with perf: about 40 % of the round in the
     * compiler, 10 % in the interpreter); a server runs for days, so its steady state is what is measured.
     */
    private static final int WARM_UP_ROUNDS = 6;
    private static final int MEASURED_ROUNDS = 3;
    private static final int CASELOAD = 60;
    private static final int VISITS_PER_CHILD = 83;

    public static void main(String[] args) throws Exception {
        String database = args.length > 0 ? args[0] : "sqlite";
        System.out.printf("Doorstep sync benchmark on %s; %d cores, Java %s%n", database,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        Path dir = Files.createTempDirectory("doorstep-bench");
        Map<String, Object> properties = new HashMap<>();
        properties.put("micronaut.server.port", -1);
        properties.put("doorstep.demo.enabled", true);
        properties.put("doorstep.database.path", dir.resolve("bench.db").toString());
        if (database.equals("postgresql")) {
            properties.put("datasources.default.url", PostgresCluster.shared().newDatabase());
            properties.put("datasources.default.username", "doorstep");
            properties.put("datasources.default.password", "");
            properties.put("datasources.default.driver-class-name", "org.postgresql.Driver");
        }
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties)) {
            URI base = server.getURI();
            HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(DEVICES)).build();
            for (int round = 1; round <= WARM_UP_ROUNDS; round++) {
                pushRound(http, base, Ids::newId, "warm-up " + round);
            }
            List<Double> rates = new ArrayList<>();
            for (int round = 1; round <= MEASURED_ROUNDS; round++) {
                rates.add(pushRound(http, base, Ids::newId, "measured " + round));
            }
            double rate = rates.stream().sorted().toList().get(MEASURED_ROUNDS / 2);
            double randomIds = pushRound(http, base, UUID::randomUUID, "random ids");
            DataSource dataSource = server.getApplicationContext().getBean(DataSource.class);
            double raw = rawInsertRate(dataSource);
            System.out.printf("push: %,.0f visits stored/s over HTTP, median of %d rounds after %d warm-up rounds (%d devices"
                    + " x %d batches of %d; time-ordered ids, as the app makes them)%n", rate, MEASURED_ROUNDS,
                    WARM_UP_ROUNDS, DEVICES, BATCHES_PER_DEVICE, BATCH);
            System.out.printf("push with random (version 4) ids, as an older app would send: %,.0f visits stored/s%n",
                    randomIds);
            System.out.printf("raw JDBC batch insert of the same rows, same JVM: %,.0f rows/s; push reaches %.0f%% of it%n",
                    raw, 100 * rate / raw);
        }
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, withFreshDatabase(properties, database, dir))) {
            pullCaseload(server);
        }
        System.exit(0);
    }

    private static Map<String, Object> withFreshDatabase(Map<String, Object> properties, String database, Path dir) {
        Map<String, Object> fresh = new HashMap<>(properties);
        fresh.put("doorstep.database.path", dir.resolve("pull.db").toString());
        // Demo mode for its people only (sam.worker signs in); the caseload is seeded below and allocated to Sam.
        if (database.equals("postgresql")) {
            fresh.put("datasources.default.url", PostgresCluster.shared().newDatabase());
        }
        return fresh;
    }

    private static double pushRound(HttpClient http, URI base, Supplier<UUID> ids, String label) throws Exception {
        int batchesPerDevice = BATCHES_PER_DEVICE;
        List<List<String>> bodies = new ArrayList<>();
        for (int d = 0; d < DEVICES; d++) {
            List<String> batches = new ArrayList<>();
            for (int b = 0; b < batchesPerDevice; b++) {
                batches.add(JSON.writeValueAsString(new PushRequest(ProtocolVersion.CURRENT, "bench-" + d, batch("C-100" + (1 + (b % 5)), ids))));
            }
            bodies.add(batches);
        }
        List<String> tokens = new ArrayList<>();
        for (int d = 0; d < DEVICES; d++) {
            tokens.add(signIn(http, base, "bench-" + d));
        }
        ExecutorService devices = Executors.newFixedThreadPool(DEVICES);
        long cpuStart = processCpuNanos();
        long start = System.nanoTime();
        List<Future<Integer>> stored = new ArrayList<>();
        for (int d = 0; d < DEVICES; d++) {
            List<String> batches = bodies.get(d);
            String token = tokens.get(d);
            stored.add(devices.submit(() -> {
                int applied = 0;
                for (String body : batches) {
                    HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve("/api/sync/v1/push"))
                            .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException("push failed: " + response.statusCode() + " " + response.body());
                    }
                    for (JsonNode result : JSON.readTree(response.body()).get("results")) {
                        applied += result.get("outcome").asText().equals("applied") ? 1 : 0;
                    }
                }
                return applied;
            }));
        }
        int total = 0;
        for (Future<Integer> f : stored) {
            total += f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long cpu = processCpuNanos() - cpuStart;
        devices.shutdown();
        if (total != DEVICES * batchesPerDevice * BATCH) {
            throw new IllegalStateException("expected every visit applied, got " + total);
        }
        // CPU per visit hardly moves with other load on the machine, unlike the rate: compare runs by it.
        System.out.printf("  %s: %,.0f visits/s; CPU (server and simulated devices together) %.0f us per visit, %.0f%% of"
                        + " %d cores busy%n", label, total / seconds, cpu / 1e3 / total,
                100.0 * cpu / 1e9 / seconds / Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().availableProcessors());
        return total / seconds;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** An empty copy of the visit table with its keys and indexes. */
    private static void createRawVisitTable(Connection connection) throws Exception {
        try (Statement statement = connection.createStatement()) {
            if (connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")) {
                statement.execute("CREATE TABLE raw_visit (LIKE visit INCLUDING ALL)");
                return;
            }
            List<String> ddl = new ArrayList<>();
            try (java.sql.ResultSet rows = statement.executeQuery(
                    "SELECT sql FROM sqlite_master WHERE tbl_name = 'visit' AND sql IS NOT NULL ORDER BY type DESC")) {
                while (rows.next()) {
                    ddl.add(rows.getString(1).replaceFirst("(?i)^CREATE TABLE visit", "CREATE TABLE raw_visit")
                            .replaceFirst("(?i)^CREATE INDEX (\\w+) ON visit", "CREATE INDEX raw_$1 ON raw_visit"));
                }
            }
            for (String sql : ddl) {
                statement.execute(sql);
            }
        }
    }

    private static List<Mutation> batch(String childId, Supplier<UUID> ids) {
        List<Mutation> mutations = new ArrayList<>(BATCH);
        OffsetDateTime at = OffsetDateTime.now(ZoneOffset.ofHours(1)).minusDays(3);
        for (int i = 0; i < BATCH; i++) {
            Visit visit = new Visit(ids.get(), childId, at.plusMinutes(i), at.plusMinutes(i + 30), true, true, null,
                    "Saw the child at home; bedroom seen; spoke about school and friends.");
            mutations.add(new RecordVisit(ids.get(), visit));
        }
        return mutations;
    }

    /**
     * The physical limit: the same rows inserted with JDBC batches into a copy of the visit table with the
     * same keys and indexes, one transaction per 200 rows, one writer. No validation, no access check, no
     * audit, no HTTP.
     */
    private static double rawInsertRate(DataSource serverDataSource) throws Exception {
        int rows = DEVICES * BATCHES_PER_DEVICE * BATCH;
        // The server's own database and driver settings, without the server: plain JDBC batches.
        try (Connection connection = io.micronaut.data.connection.jdbc.advice.DelegatingDataSource
                .unwrapDataSource(serverDataSource).getConnection()) {
            createRawVisitTable(connection);
            connection.setAutoCommit(false);
            List<VisitEntity> all = new ArrayList<>(rows);
            for (int b = 0; b < rows / BATCH; b++) {
                int seq = b * BATCH;
                for (Mutation m : batch("C-1001", Ids::newId)) {
                    all.add(VisitRows.toRow(((RecordVisit) m).visit(), 1, m.operationId(), "raw", Instant.now(), ++seq));
                }
            }
            long start = System.nanoTime();
            try (PreparedStatement insert = connection.prepareStatement(VisitInserts.insertInto("raw_visit"))) {
                for (int i = 0; i < all.size(); i++) {
                    VisitInserts.bind(insert, all.get(i));
                    insert.addBatch();
                    if ((i + 1) % BATCH == 0) {
                        insert.executeBatch();
                        connection.commit();
                    }
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            try (Statement statement = connection.createStatement()) {
                statement.execute("DROP TABLE raw_visit");
            }
            connection.commit();
            return rows / seconds;
        }
    }

    private static void pullCaseload(EmbeddedServer server) throws Exception {
        DataSource dataSource = io.micronaut.data.connection.jdbc.advice.DelegatingDataSource.unwrapDataSource(
                server.getApplicationContext().getBean(DataSource.class));
        seedCaseload(dataSource);
        HttpClient http = HttpClient.newHttpClient();
        String token = signIn(http, server.getURI(), "bench");
        for (int round = 0; round < 3; round++) {
            long start = System.nanoTime();
            String cursor = null;
            int changes = 0;
            long gzipped = 0;
            long plain = 0;
            boolean more = true;
            while (more) {
                HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(server.getURI().resolve(
                                "/api/sync/v1/pull?protocolVersion=1&deviceId=bench&limit=2000" + (cursor == null ? "" : "&after=" + cursor)))
                        .header("Accept-Encoding", "gzip").header("Authorization", "Bearer " + token).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                gzipped += response.body().length;
                byte[] body = new GZIPInputStream(new ByteArrayInputStream(response.body())).readAllBytes();
                plain += body.length;
                JsonNode page = JSON.readTree(body);
                changes += page.get("changes").size();
                cursor = page.get("nextCursor").asText();
                more = page.get("hasMore").asBoolean();
            }
            double millis = (System.nanoTime() - start) / 1e6;
            System.out.printf("pull of a %d-child caseload from empty (round %d): %d changes in %.0f ms (HTTP round trips"
                    + " included), %,d bytes gzipped (%,d plain)%n", CASELOAD, round + 1, changes, millis, gzipped, plain);
        }
    }

    /** Signs in as the demo social worker on {@code deviceId}; answers the access token. */
    private static String signIn(HttpClient http, URI base, String deviceId) throws Exception {
        String body = "{\"username\":\"sam.worker\",\"password\":\"doorstep-demo\",\"deviceId\":\"" + deviceId + "\"}";
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve("/api/auth/v1/sign-in"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("sign-in failed: " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body()).get("accessToken").asText();
    }

    private static void seedCaseload(DataSource dataSource) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            long seq;
            try (Statement counter = connection.createStatement();
                 java.sql.ResultSet value = counter.executeQuery("SELECT value FROM sync_counter WHERE id = 1")) {
                value.next();
                seq = value.getLong(1);
            }
            try (PreparedStatement child = connection.prepareStatement(
                    "INSERT INTO child (id, display_name, date_of_birth, change_seq, team_id, allocated_worker_id)"
                            + " VALUES (?, ?, ?, ?, 'T-NORTH', 'U-SAM')");
                 PreparedStatement visit = connection.prepareStatement("INSERT INTO visit (id, version, operation_id, child_id,"
                         + " device_id, occurred_at, occurred_offset, recorded_at, recorded_offset, received_at, seen, seen_alone,"
                         + " not_alone_reason, notes, time_flags, content_hash, latest, change_seq)"
                         + " VALUES (?, 1, ?, ?, 'seed', ?, '+00:00', ?, '+00:00', ?, TRUE, TRUE, NULL, ?, '', 'seed', TRUE, ?)")) {
                Instant start = Instant.now().minusSeconds(3L * 365 * 86_400);
                for (int c = 0; c < CASELOAD; c++) {
                    String childId = "B-" + c;
                    child.setString(1, childId);
                    child.setString(2, "Bench Child " + c);
                    child.setString(3, "2015-01-01");
                    child.setLong(4, ++seq);
                    child.addBatch();
                    for (int v = 0; v < VISITS_PER_CHILD; v++) {
                        Instant at = start.plusSeconds(v * 13L * 86_400);
                        visit.setString(1, UUID.randomUUID().toString());
                        visit.setString(2, UUID.randomUUID().toString());
                        visit.setString(3, childId);
                        visit.setString(4, TimeText.of(at));
                        visit.setString(5, TimeText.of(at.plusSeconds(1800)));
                        visit.setString(6, TimeText.of(at.plusSeconds(3600)));
                        visit.setString(7, "Visit " + v + ": child seen alone in their bedroom; talked about school, friends and contact.");
                        visit.setLong(8, ++seq);
                        visit.addBatch();
                    }
                }
                child.executeBatch();
                visit.executeBatch();
            }
            try (Statement counter = connection.createStatement()) {
                counter.executeUpdate("UPDATE sync_counter SET value = " + seq + " WHERE id = 1");
            }
            connection.commit();
        }
    }
}
