package org.doorstep.server.exports;

import java.util.List;

/**
 * An Annex A list ready to write: its headers in the schema's order and one row per child.
 *
 * @param list     which list
 * @param headers  the column headers, exactly as Ofsted's schema spells them
 * @param rows     one row per child, each as long as {@code headers}
 * @param childIds the child of each row, in row order (for the audit trail)
 */
record Sheet(AnnexAList list, List<String> headers, List<List<Cell>> rows, List<String> childIds) {
    Sheet {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
        childIds = List.copyOf(childIds);
        for (List<Cell> row : rows) {
            if (row.size() != headers.size()) {
                throw new IllegalArgumentException(list + ": a row of " + row.size() + " cells under " + headers.size()
                        + " headers");
            }
        }
    }
}
