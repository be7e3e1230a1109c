package org.doorstep.server.exports;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Decides which children belong on one Annex A list and writes each one's row. */
interface ListBuilder {
    AnnexAList list();

    /** The headers, exactly as the Nov 2023 schema spells them, in its order. */
    List<String> headers();

    /** The child's row, or empty when the child does not belong on this list on the day. */
    Optional<List<Cell>> row(ChildCase child, AsAt asAt);

    default Sheet sheet(List<ChildCase> children, AsAt asAt) {
        List<List<Cell>> rows = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (ChildCase child : children) {
            row(child, asAt).ifPresent(row -> {
                rows.add(row);
                ids.add(child.id());
            });
        }
        return new Sheet(list(), headers(), rows, ids);
    }

    static ListBuilder of(AnnexAList list) {
        return switch (list) {
            case LIST_6 -> new List6();
            case LIST_7 -> new List7();
            case LIST_8 -> new List8();
        };
    }

    /** Cells in order, from single cells and lists of cells. */
    static List<Cell> cells(Object... parts) {
        List<Cell> cells = new ArrayList<>();
        for (Object part : parts) {
            if (part instanceof Cell cell) {
                cells.add(cell);
            } else if (part instanceof List<?> list) {
                list.forEach(item -> cells.add((Cell) item));
            } else {
                throw new IllegalArgumentException("not a cell: " + part);
            }
        }
        return cells;
    }
}
