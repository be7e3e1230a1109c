package org.doorstep.server.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.doorstep.server.testing.DatabaseFingerprint;
import org.doorstep.server.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CSV import on a fresh database per test: the documented example set, re-runs, refusals, allocations. */
class CsvImportTest {
    static final Path EXAMPLE = Path.of("../docs/import-example");
    private static final String[] TABLES = {"team", "app_user", "user_role", "child", "allocation", "plan", "placement",
            "private_fostering", "care_leaver_accommodation", "sync_counter"};

    @TempDir
    Path temp;
    private Map<String, Object> properties;
    private ApplicationContext context;
    private CsvImport importer;
    private DataSource dataSource;

    protected TestDatabase database() {
        return TestDatabase.SQLITE;
    }

    @BeforeEach
    void start() {
        properties = database().properties();
        context = ApplicationContext.run(properties);
        importer = context.getBean(CsvImport.class);
        dataSource = DelegatingDataSource.unwrapDataSource(context.getBean(DataSource.class));
    }

    @AfterEach
    void stop() {
        context.close();
    }

    @Test
    void theExampleSetImportsEveryRow() throws SQLException {
        ImportReport report = importer.run(EXAMPLE);

        assertEquals(List.of(), report.errors());
        assertEquals(new ImportCounts(2, 0, 0), report.counts(ImportFile.TEAMS));
        assertEquals(new ImportCounts(6, 0, 0), report.counts(ImportFile.USERS));
        assertEquals(new ImportCounts(6, 0, 0), report.counts(ImportFile.CHILDREN));
        assertEquals(new ImportCounts(3, 0, 0), report.counts(ImportFile.PLANS));
        assertEquals(new ImportCounts(3, 0, 0), report.counts(ImportFile.PLACEMENTS));
        assertEquals(new ImportCounts(1, 0, 0), report.counts(ImportFile.PRIVATE_FOSTERING));
        assertEquals(new ImportCounts(1, 0, 0), report.counts(ImportFile.CARE_LEAVERS));
        assertEquals(2, count("SELECT COUNT(*) FROM team"));
        assertEquals(6, count("SELECT COUNT(*) FROM app_user WHERE password_hash IS NULL AND active = TRUE"));
        assertEquals(7, count("SELECT COUNT(*) FROM user_role"));
        assertEquals(2, count("SELECT COUNT(*) FROM user_role WHERE user_id = 'U-2006'"));
        assertEquals(6, count("SELECT COUNT(*) FROM child WHERE id LIKE 'C-20%'"));
        assertEquals(6, count("SELECT COUNT(*) FROM allocation WHERE allocated_until IS NULL"));
        assertEquals(3, count("SELECT COUNT(*) FROM plan"));
        // foster and childrens_home are stored as the compliance code of the general case.
        assertEquals(3, count("SELECT COUNT(*) FROM placement WHERE placement_type = 'general'"));
        assertEquals(1, count("SELECT COUNT(*) FROM private_fostering"));
        assertEquals(1, count("SELECT COUNT(*) FROM care_leaver_accommodation WHERE basis = 's23b'"));
        assertEquals("West Children's Team, Longfield", text("SELECT name FROM team WHERE id = 'T-WEST'"));
        assertEquals("2025-10-31", text("SELECT closed_on FROM child WHERE id = 'C-2006'"));
        assertNull(text("SELECT allocated_worker_id FROM child WHERE id = 'C-2006'"));
        // Every imported child has its own change number, so devices pull it.
        assertEquals(count("SELECT COUNT(*) FROM child"), count("SELECT COUNT(DISTINCT change_seq) FROM child"));
        // Episodes carry no change number: their children are noted in episode_change under the last one, so the
        // dashboard's compliance snapshot re-evaluates them.
        assertEquals(count("SELECT MAX(change_seq) FROM child") + 1, count("SELECT value FROM sync_counter"));
        assertEquals(count("SELECT value FROM sync_counter"), count("SELECT MAX(change_seq) FROM episode_change"));
        assertEquals(count("SELECT COUNT(*) FROM (SELECT child_id FROM plan UNION SELECT child_id FROM placement UNION"
                + " SELECT child_id FROM private_fostering UNION SELECT child_id FROM care_leaver_accommodation) e"),
                count("SELECT COUNT(*) FROM episode_change"));
    }

    @Test
    void reimportingTheSameFilesChangesNothing() throws SQLException {
        importer.run(EXAMPLE);
        Map<String, List<String>> before = DatabaseFingerprint.of(dataSource, TABLES);

        ImportReport again = importer.run(EXAMPLE);

        assertTrue(again.applied());
        assertEquals(new ImportCounts(0, 0, 2), again.counts(ImportFile.TEAMS));
        assertEquals(new ImportCounts(0, 0, 6), again.counts(ImportFile.USERS));
        assertEquals(new ImportCounts(0, 0, 6), again.counts(ImportFile.CHILDREN));
        assertEquals(new ImportCounts(0, 0, 3), again.counts(ImportFile.PLACEMENTS));
        assertEquals(before, DatabaseFingerprint.of(dataSource, TABLES));
    }

    @Test
    void aChangedAllocationClosesTheOldOneOpensANewOneAndBumpsTheChild() throws Exception {
        importer.run(EXAMPLE);
        long counterBefore = count("SELECT value FROM sync_counter");
        long seqBefore = count("SELECT change_seq FROM child WHERE id = 'C-2001'");
        Path changed = copyOfExample();
        replaceIn(changed.resolve("children.csv"), "C-2001,Mia Example,2015-03-14,T-SOUTH,U-2001,",
                "C-2001,Mia Example,2015-03-14,T-SOUTH,U-2002,");
        replaceIn(changed.resolve("teams.csv"), "T-SOUTH,South Children's Team", "T-SOUTH,South Family Support Team");

        ImportReport report = importer.run(changed);

        assertEquals(new ImportCounts(0, 1, 5), report.counts(ImportFile.CHILDREN));
        assertEquals(new ImportCounts(0, 1, 1), report.counts(ImportFile.TEAMS));
        long counterAfter = count("SELECT value FROM sync_counter");
        assertTrue(counterAfter > counterBefore);
        assertEquals(counterAfter, count("SELECT change_seq FROM child WHERE id = 'C-2001'"));
        assertTrue(counterAfter > seqBefore);
        // The re-allocation is a scope change: the old worker's devices lose the child, the new one's gain it.
        assertEquals("U-2002", text("SELECT after_worker_id FROM child_scope_change WHERE child_id = 'C-2001'"));
        assertEquals("U-2001", text("SELECT before_worker_id FROM child_scope_change WHERE child_id = 'C-2001'"));
        assertEquals("U-2002", text("SELECT allocated_worker_id FROM child WHERE id = 'C-2001'"));
        assertEquals(2, count("SELECT COUNT(*) FROM allocation WHERE child_id = 'C-2001'"));
        assertEquals("U-2001", text("SELECT worker_id FROM allocation WHERE child_id = 'C-2001' AND allocated_until IS NOT NULL"));
        assertEquals("U-2002", text("SELECT worker_id FROM allocation WHERE child_id = 'C-2001' AND allocated_until IS NULL"));
        String closedAt = text("SELECT allocated_until FROM allocation WHERE child_id = 'C-2001' AND allocated_until IS NOT NULL");
        assertEquals(closedAt, text("SELECT allocated_from FROM allocation WHERE child_id = 'C-2001' AND allocated_until IS NULL"));
        // Nobody else moved.
        assertEquals(1, count("SELECT COUNT(*) FROM allocation WHERE allocated_until IS NOT NULL"));
        assertEquals("South Family Support Team", text("SELECT name FROM team WHERE id = 'T-SOUTH'"));
    }

    @Test
    void aBadSetIsRefusedWithEveryProblemAndChangesNothing() throws Exception {
        importer.run(EXAMPLE);
        Map<String, List<String>> before = DatabaseFingerprint.of(dataSource, TABLES);
        Path bad = BadImportSet.write(temp.resolve("bad"));

        ImportReport report = importer.run(bad);

        assertFalse(report.applied());
        List<String> where = report.errors().stream().map(e -> e.file() + ":" + e.line() + ":" + e.column()).toList();
        assertEquals(BadImportSet.EXPECTED, where, "every problem, in file and line order:\n" + describe(report));
        assertEquals(before, DatabaseFingerprint.of(dataSource, TABLES));
        assertTrue(message(report, "users.csv:2:username").contains("already belongs to user U-2001"));
        assertTrue(message(report, "users.csv:3:team_id").contains("unknown team T-NOWHERE"));
        assertTrue(message(report, "users.csv:6:username").contains("line 3 has the same username"));
        assertTrue(message(report, "children.csv:4:closed_on").contains("is before date_of_birth"));
        assertTrue(message(report, "children.csv:4:allocated_worker_id").contains("unknown user U-7777"));
        assertTrue(message(report, "teams.csv:4:id").contains("duplicate id T-SOUTH: line 2"));
        assertTrue(message(report, "plans.csv:4:end_date").contains("end_date 2025-04-01 is before start_date 2025-05-01"));
        assertTrue(message(report, "placements.csv:1:start").startsWith("unknown column"));
        assertTrue(message(report, "placements.csv:1:start_date").startsWith("missing column"));
    }

    @Test
    void theCommandPrintsCountsOrProblemsAndExitsAccordingly() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Path bad = BadImportSet.write(temp.resolve("bad"));

        int applied = ImportCommand.run(List.of(EXAMPLE.toString()), properties, print(out), print(err));
        int refused = ImportCommand.run(List.of(bad.toString()), properties, print(out), print(err));

        assertEquals(1, refused);
        assertEquals(0, applied);
        String errors = err.toString(StandardCharsets.UTF_8);
        assertTrue(errors.contains("children.csv:2:date_of_birth: '2015-02-30' is not a real date"), errors);
        assertTrue(errors.contains("Import refused: " + BadImportSet.EXPECTED.size() + " problem(s)"), errors);
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("children.csv: 6 added, 0 changed, 0 unchanged"));
        assertEquals(2, ImportCommand.run(List.of(), properties, print(out), print(err)));
        assertEquals(6, count("SELECT COUNT(*) FROM child WHERE id LIKE 'C-20%'"));
    }

    @Test
    void aDirectoryWithoutImportFilesIsRefused() throws IOException {
        Files.createDirectories(temp.resolve("empty"));
        ImportReport report = importer.run(temp.resolve("empty"));
        assertEquals(1, report.errors().size());
        assertTrue(report.errors().get(0).message().startsWith("holds none of the import files"));
        assertFalse(importer.run(temp.resolve("absent")).applied());
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    private static String message(ImportReport report, String where) {
        return report.errors().stream().filter(e -> (e.file() + ":" + e.line() + ":" + e.column()).equals(where))
                .map(ImportError::message).findFirst().orElseThrow(() -> new AssertionError("no error at " + where));
    }

    private static String describe(ImportReport report) {
        List<String> lines = new ArrayList<>();
        report.errors().forEach(e -> lines.add(e.toString()));
        return String.join("\n", lines);
    }

    private Path copyOfExample() throws IOException {
        Path copy = Files.createDirectories(temp.resolve("changed"));
        try (Stream<Path> files = Files.list(EXAMPLE)) {
            for (Path file : files.toList()) {
                Files.copy(file, copy.resolve(file.getFileName()));
            }
        }
        return copy;
    }

    private static void replaceIn(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertTrue(text.contains(from), from);
        Files.writeString(file, text.replace(from, to));
    }

    private long count(String sql) throws SQLException {
        String value = text(sql);
        assertNotNull(value, sql);
        return Long.parseLong(value);
    }

    private String text(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            assertTrue(rs.next(), sql);
            return rs.getString(1);
        }
    }
}
