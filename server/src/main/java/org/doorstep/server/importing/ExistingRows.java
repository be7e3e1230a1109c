package org.doorstep.server.importing;

import java.util.EnumMap;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/** The rows already in the database that an import compares against and refers to. */
final class ExistingRows {
    private final Map<ImportFile, Map<String, Map<String, String>>> rows = new EnumMap<>(ImportFile.class);
    private final Map<String, SortedSet<String>> roles;

    ExistingRows(ImportStore store) {
        for (ImportFile file : ImportFile.values()) {
            rows.put(file, store.load(file));
        }
        this.roles = store.roles();
    }

    Map<String, Map<String, String>> of(ImportFile file) {
        return rows.get(file);
    }

    boolean exists(ImportFile file, String id) {
        return rows.get(file).containsKey(id);
    }

    SortedSet<String> roles(String userId) {
        return roles.getOrDefault(userId, new TreeSet<>());
    }
}
