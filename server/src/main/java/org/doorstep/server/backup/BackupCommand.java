package org.doorstep.server.backup;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code java -jar doorstep-server.jar backup DEST} copies the configured SQLite database, safely while a
 * server is running on it, to the new file DEST. {@code restore BACKUP} puts a backup in place as the
 * configured database, which must not exist (stop the server and move the old file, with its
 * {@code -wal} and {@code -shm}, away first). Same configuration and environment variables as the
 * server. Exit status 0 when done, 1 when it failed (nothing overwritten), 2 for a wrong command line or a
 * PostgreSQL configuration (use pg_dump there).
 */
public final class BackupCommand {
    public static final String BACKUP = "backup";
    public static final String RESTORE = "restore";
    private static final String SQLITE_URL = "jdbc:sqlite:";

    private BackupCommand() {
    }

    public static boolean handles(String command) {
        return BACKUP.equals(command) || RESTORE.equals(command);
    }

    /** Runs {@code command} with its arguments; {@code properties} add to or override the configuration. */
    public static int run(String command, List<String> args, Map<String, Object> properties, PrintStream out, PrintStream err) {
        if (args.size() != 1) {
            err.println("usage: java -jar doorstep-server.jar " + command + (BACKUP.equals(command) ? " DEST" : " BACKUP"));
            return 2;
        }
        String url = databaseUrl(properties);
        if (!url.startsWith(SQLITE_URL)) {
            err.println("The server is configured for " + url.replaceAll("//[^/@]*@", "//") + ", not a SQLite file: back up"
                    + " PostgreSQL with pg_dump and restore with pg_restore (docs/OPERATIONS.md)");
            return 2;
        }
        Path database = Path.of(url.substring(SQLITE_URL.length()).split("\\?", 2)[0]).toAbsolutePath().normalize();
        Path file = Path.of(args.get(0)).toAbsolutePath().normalize();
        try {
            if (BACKUP.equals(command)) {
                SqliteBackup.Summary summary = SqliteBackup.backup(database, file);
                out.println("Backed up " + database + " to " + file + ": " + summary);
            } else {
                SqliteBackup.Summary summary = SqliteBackup.restore(file, database);
                out.println("Restored " + file + " as " + database + ": " + summary);
            }
            return 0;
        } catch (SqliteBackup.BackupException e) {
            err.println(e.getMessage());
            return 1;
        }
    }

    /** The configured datasource URL, read the way the server reads it, without starting anything. */
    private static String databaseUrl(Map<String, Object> properties) {
        try (ApplicationContext context = ApplicationContext.builder().properties(properties).build()) {
            Environment environment = context.getEnvironment().start();
            return environment.getProperty("datasources.default.url", String.class)
                    .orElseThrow(() -> new IllegalStateException("datasources.default.url is not configured"));
        }
    }
}
