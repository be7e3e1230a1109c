package org.doorstep.server.importing;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What was read from an import directory: the valid rows of each file present, and the ids each file
 * names (valid rows or not), so a reference to a row that has its own error is not reported twice.
 * A file that could not be read at all is in {@code unreadable}.
 */
record ImportSet(Map<ImportFile, List<ImportRow>> rows, Map<ImportFile, Set<String>> declaredIds, Set<ImportFile> unreadable) {

    ImportSet {
        rows = new EnumMap<>(rows);
        declaredIds = new EnumMap<>(declaredIds);
    }

    List<ImportRow> rows(ImportFile file) {
        return rows.getOrDefault(file, List.of());
    }

    boolean declares(ImportFile file, String id) {
        return declaredIds.getOrDefault(file, Set.of()).contains(id);
    }
}
