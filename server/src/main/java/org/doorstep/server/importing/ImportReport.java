package org.doorstep.server.importing;

import java.util.List;
import java.util.Map;

/**
 * The outcome of an import: either every problem found (and nothing changed), or the counts per file of
 * an import that was applied in full.
 */
public record ImportReport(List<ImportError> errors, Map<ImportFile, ImportCounts> counts) {
    public ImportReport {
        errors = List.copyOf(errors);
        counts = Map.copyOf(counts);
    }

    static ImportReport rejected(List<ImportError> errors) {
        return new ImportReport(errors, Map.of());
    }

    public boolean applied() {
        return errors.isEmpty();
    }

    /** The counts for {@code file}; all zero when the import had no such file. */
    public ImportCounts counts(ImportFile file) {
        return counts.getOrDefault(file, new ImportCounts(0, 0, 0));
    }
}
