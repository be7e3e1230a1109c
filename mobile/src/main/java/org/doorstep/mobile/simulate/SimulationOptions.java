package org.doorstep.mobile.simulate;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * What {@code ./doorstep simulate} was asked to do.
 *
 * @param devices           simulated phones, one worker each
 * @param visitsPerDevice   visits each phone records
 * @param server            an already running server, or null to start one (or two on PostgreSQL)
 * @param dropRate          the fraction of sync requests lost (half on the way in, half on the way back)
 * @param answersOnly       every loss is of the answer (the server applied the request)
 * @param delayRate         the fraction of sync requests delayed by up to {@code maxDelay}
 * @param maxDelay          the longest delay
 * @param duration          how long the devices keep working
 * @param syncEvery         how often each phone syncs (jittered), or null: each phone syncs once, at a
 *                          random moment within {@code duration}, and again only if that sync stopped short
 * @param database          the database of the servers the simulation starts
 * @param instances         how many servers the simulation starts (they share a PostgreSQL database)
 * @param childrenPerDevice the caseload of each simulated worker
 * @param threads           how many phones act at the same moment at most
 * @param workDir           where the phones' databases, the CSV files and the server logs go; null: a new
 *                          temporary directory
 * @param serverJar         the server jar; null: server/target/doorstep-server.jar
 * @param importDatabase    with {@code server}: the SQLite file the people are imported into; null: the
 *                          database the server jar's configuration names (environment variables included)
 * @param admin             the administrator who sets the simulated workers' passwords
 * @param adminPassword     their password
 */
record SimulationOptions(int devices, int visitsPerDevice, URI server, double dropRate, boolean answersOnly,
                         double delayRate, Duration maxDelay, Duration duration, Duration syncEvery, String database,
                         int instances, int childrenPerDevice, int threads, Path workDir, Path serverJar,
                         Path importDatabase, String admin, String adminPassword) {

    static final String USAGE = """
            Usage: ./doorstep simulate --devices N --visits-per-device M [options]
              --server URL            a running server (default: start one on a fresh database)
              --database sqlite|postgresql
                                      the database of the server(s) started (default sqlite; postgresql starts
                                      a private cluster and two server instances sharing it)
              --instances N           servers to start (default 1 on SQLite, 2 on PostgreSQL)
              --drop-rate P           fraction of sync requests lost, half before and half after the server
                                      (default 0)
              --drop answers          lose only answers (the server applied the request)
              --delay-rate P          fraction of sync requests delayed (default 0), by up to --max-delay-ms
                                      (default 2000)
              --duration S            seconds the devices work (default 60)
              --sync-every S          each device syncs every S seconds (jittered) for the duration; without
                                      it each device records its visits and syncs once, at a random moment
              --children-per-device N caseload of each simulated worker (default 3)
              --threads N             devices acting at the same moment at most (default 64)
              --work-dir DIR          phones' databases, CSV files and logs (default a new temporary directory)
              --server-jar FILE       default server/target/doorstep-server.jar
              --import-db FILE        with --server: the server's SQLite file to import the workers into
              --admin USER --admin-password PW
                                      who sets the workers' passwords (default ada.admin, doorstep-demo)
            """;

    static SimulationOptions parse(List<String> args) {
        Integer devices = null;
        Integer visits = null;
        URI server = null;
        double drop = 0;
        boolean answersOnly = false;
        double delay = 0;
        long maxDelay = 2000;
        long duration = 60;
        Long syncEvery = null;
        String database = "sqlite";
        Integer instances = null;
        int children = 3;
        int threads = 64;
        Path workDir = null;
        Path jar = null;
        Path importDb = null;
        String admin = "ada.admin";
        String adminPassword = "doorstep-demo";
        for (int i = 0; i < args.size(); i++) {
            String option = args.get(i);
            if (!option.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument '" + option + "'");
            }
            if (i + 1 >= args.size()) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            String value = args.get(++i);
            switch (option) {
                case "--devices" -> devices = positive(option, value, 100_000);
                case "--visits-per-device" -> visits = positive(option, value, 10_000);
                case "--server" -> server = url(value);
                case "--drop-rate" -> drop = fraction(option, value, 0.95);
                case "--drop" -> answersOnly = switch (value) {
                    case "answers" -> true;
                    case "both" -> false;
                    default -> throw new IllegalArgumentException("--drop is answers or both, not '" + value + "'");
                };
                case "--delay-rate" -> delay = fraction(option, value, 1);
                case "--max-delay-ms" -> maxDelay = positive(option, value, 60_000);
                case "--duration" -> duration = positive(option, value, 86_400);
                case "--sync-every" -> syncEvery = (long) positive(option, value, 3_600);
                case "--database" -> database = switch (value.toLowerCase(Locale.ROOT)) {
                    case "sqlite" -> "sqlite";
                    case "postgresql", "postgres" -> "postgresql";
                    default -> throw new IllegalArgumentException("--database is sqlite or postgresql, not '" + value + "'");
                };
                case "--instances" -> instances = positive(option, value, 8);
                case "--children-per-device" -> children = positive(option, value, 100);
                case "--threads" -> threads = positive(option, value, 1_000);
                case "--work-dir" -> workDir = Path.of(value);
                case "--server-jar" -> jar = Path.of(value);
                case "--import-db" -> importDb = Path.of(value);
                case "--admin" -> admin = value;
                case "--admin-password" -> adminPassword = value;
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        if (devices == null || visits == null) {
            throw new IllegalArgumentException("--devices and --visits-per-device are required");
        }
        if (server != null && instances != null) {
            throw new IllegalArgumentException("--instances is for the servers the simulation starts, not with --server");
        }
        if (server == null && importDb != null) {
            throw new IllegalArgumentException("--import-db goes with --server; without it the simulation makes its own database");
        }
        if (instances != null && instances > 1 && database.equals("sqlite")) {
            throw new IllegalArgumentException("several instances share a PostgreSQL database: add --database postgresql");
        }
        int started = instances != null ? instances : database.equals("postgresql") ? 2 : 1;
        return new SimulationOptions(devices, visits, server, drop, answersOnly, delay, Duration.ofMillis(maxDelay),
                Duration.ofSeconds(duration), syncEvery == null ? null : Duration.ofSeconds(syncEvery), database, started,
                children, threads, workDir, jar, importDb, admin, adminPassword);
    }

    private static int positive(String option, String value, int max) {
        try {
            int number = Integer.parseInt(value.strip());
            if (number < 1 || number > max) {
                throw new IllegalArgumentException(option + " must be 1 to " + max + ", was " + value);
            }
            return number;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " must be a whole number, was '" + value + "'");
        }
    }

    private static double fraction(String option, String value, double max) {
        try {
            double number = Double.parseDouble(value.strip());
            if (!(number >= 0 && number <= max)) {
                throw new IllegalArgumentException(option + " must be 0 to " + max + ", was " + value);
            }
            return number;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " must be a number such as 0.1, was '" + value + "'");
        }
    }

    private static URI url(String value) {
        try {
            URI uri = URI.create(value.strip());
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new IllegalArgumentException("--server must be an http(s) URL such as http://127.0.0.1:8080, was " + value);
            }
            return uri;
        } catch (IllegalArgumentException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("--server")) {
                throw e;
            }
            throw new IllegalArgumentException("--server must be an http(s) URL such as http://127.0.0.1:8080, was " + value);
        }
    }
}
