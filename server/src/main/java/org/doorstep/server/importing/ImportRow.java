package org.doorstep.server.importing;

import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;

/**
 * One valid row of an import file as it will be stored: its id, its other stored columns (absent values
 * are null) and, for users, the role wire names.
 */
record ImportRow(ImportFile file, int line, String id, Map<String, String> values, SortedSet<String> roles) {

    String value(String column) {
        return values.get(column);
    }

    /** Whether the stored row already says what this one says. */
    boolean sameAs(Map<String, String> stored, SortedSet<String> storedRoles) {
        for (Map.Entry<String, String> entry : values.entrySet()) {
            if (!Objects.equals(entry.getValue(), stored.get(entry.getKey()))) {
                return false;
            }
        }
        return roles.equals(storedRoles);
    }
}
