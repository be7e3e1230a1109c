package org.doorstep.server;

import io.micronaut.runtime.Micronaut;
import java.util.Arrays;
import java.util.Map;
import org.doorstep.server.backup.BackupCommand;
import org.doorstep.server.importing.ImportCommand;

/**
 * Starts the Doorstep server; or with {@code import DIR} imports CSV files into its database, with
 * {@code backup DEST} / {@code restore BACKUP} copies its SQLite database safely, and exits.
 * Configuration: {@code application.yml}, overridable by environment variables.
 */
public final class Application {
    private Application() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && ImportCommand.NAME.equals(args[0])) {
            System.exit(ImportCommand.run(Arrays.asList(args).subList(1, args.length), Map.of(), System.out, System.err));
        }
        if (args.length > 0 && BackupCommand.handles(args[0])) {
            System.exit(BackupCommand.run(args[0], Arrays.asList(args).subList(1, args.length), Map.of(), System.out, System.err));
        }
        // No banner: with DOORSTEP_LOG_FORMAT=json every line of the output must be a JSON object.
        Micronaut.build(args).mainClass(Application.class).banner(false).start();
    }
}
