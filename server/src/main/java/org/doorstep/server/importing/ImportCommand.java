package org.doorstep.server.importing;

import io.micronaut.context.ApplicationContext;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code java -jar doorstep-server.jar import DIR}: imports a directory of CSV files into the database the
 * server is configured for (same configuration and environment variables as the server), without
 * starting the HTTP server. Exit status 0 when applied, 1 when the files have problems (listed on
 * stderr, nothing changed), 2 for a wrong command line.
 */
public final class ImportCommand {
    public static final String NAME = "import";

    private ImportCommand() {
    }

    /** Runs the command; {@code properties} add to or override the configuration (tests use them). */
    public static int run(List<String> args, Map<String, Object> properties, PrintStream out, PrintStream err) {
        if (args.size() != 1) {
            err.println("usage: java -jar doorstep-server.jar import DIR");
            return 2;
        }
        Path directory = Path.of(args.get(0)).toAbsolutePath();
        try (ApplicationContext context = ApplicationContext.builder().properties(properties).start()) {
            ImportReport report = context.getBean(CsvImport.class).run(directory);
            if (!report.applied()) {
                report.errors().forEach(err::println);
                err.println("Import refused: " + report.errors().size() + " problem(s) in " + directory
                        + "; nothing was changed.");
                return 1;
            }
            out.println("Imported " + directory + ":");
            for (ImportFile file : ImportFile.values()) {
                if (report.counts().containsKey(file)) {
                    out.println("  " + file.fileName() + ": " + report.counts(file));
                }
            }
            return 0;
        }
    }
}
