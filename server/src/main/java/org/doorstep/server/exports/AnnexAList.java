package org.doorstep.server.exports;

import java.util.Optional;

/** The Ofsted Annex A lists Doorstep produces: the three that carry visits and missing episodes. */
enum AnnexAList {
    LIST_6(6, "Children in need"),
    LIST_7(7, "Child protection"),
    LIST_8(8, "Children in care");

    private final int number;
    private final String title;

    AnnexAList(int number, String title) {
        this.number = number;
        this.title = title;
    }

    int number() {
        return number;
    }

    String title() {
        return title;
    }

    /** The name in file names and addresses: {@code list-6}. */
    String slug() {
        return "list-" + number;
    }

    /** The name the schema and Ofsted's workbook give it: {@code List 6}. */
    String sheetName() {
        return "List " + number;
    }

    static Optional<AnnexAList> bySlug(String slug) {
        for (AnnexAList list : values()) {
            if (list.slug().equals(slug)) {
                return Optional.of(list);
            }
        }
        return Optional.empty();
    }
}
