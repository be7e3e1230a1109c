package org.doorstep.server.importing;

import java.util.List;

/**
 * One column of an import file: its header name, what its values must look like, and whether a value is
 * required. {@code choices} lists the allowed values of a {@link Type#CHOICE} column.
 */
record Column(String name, Type type, boolean required, int maxLength, List<String> choices) {

    enum Type {
        /** An id from the council's systems: 1 to 64 letters, digits, '-' or '_', starting with a letter or digit. */
        ID,
        /** Free text. */
        TEXT,
        /** A sign-in name: 1 to 100 letters, digits, '.', '_', '-' or '@'. */
        USERNAME,
        /** An ISO date, YYYY-MM-DD. */
        DATE,
        /** One of {@code choices}. */
        CHOICE,
        /** Role wire names separated by ';'. */
        ROLES,
        /** A compliance PlacementType code, or foster / childrens_home. */
        PLACEMENT_TYPE
    }

    static Column id(String name) {
        return new Column(name, Type.ID, true, 64, List.of());
    }

    static Column reference(String name, boolean required) {
        return new Column(name, Type.ID, required, 64, List.of());
    }

    static Column text(String name, boolean required, int maxLength) {
        return new Column(name, Type.TEXT, required, maxLength, List.of());
    }

    static Column date(String name, boolean required) {
        return new Column(name, Type.DATE, required, 10, List.of());
    }

    static Column choice(String name, String... choices) {
        return new Column(name, Type.CHOICE, true, 40, List.of(choices));
    }

    static Column of(String name, Type type, boolean required) {
        return new Column(name, type, required, 200, List.of());
    }
}
