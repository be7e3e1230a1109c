package org.doorstep.server.importing;

import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Imports teams, users, children and their episodes from the CSV files of a directory (see
 * docs/IMPORT.md). Every row of every file is checked first; only an import without a single problem
 * is applied, in one transaction. Rows match stored ones by id: new ones are added, different ones
 * updated, equal ones left alone; stored rows the files do not mention are kept.
 */
@Singleton
public class CsvImport {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private final ImportApplier applier;
    private final Clock clock;

    CsvImport(ImportApplier applier, Clock clock) {
        this.applier = applier;
        this.clock = clock;
    }

    public ImportReport run(Path directory) {
        Instant now = clock.instant();
        List<ImportError> errors = new ArrayList<>();
        ImportSet set = ImportReader.read(directory, LocalDate.ofInstant(now, LONDON), errors);
        return applier.apply(set, errors, now);
    }
}
