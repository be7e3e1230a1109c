package org.doorstep.server.exports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The lists' headers against Ofsted's schema, and the schema check itself catching each kind of fault. */
class AnnexASchemaTest {
    private final AnnexASchema schema = AnnexASchema.load();

    @Test
    void eachListHasTheSchemasHeadersInItsOrder() {
        for (AnnexAList list : AnnexAList.values()) {
            List<String> schemaHeaders = schema.columns(list.sheetName()).stream().map(AnnexASchema.Column::header).toList();
            assertEquals(schemaHeaders, ListBuilder.of(list).headers(), list.sheetName());
        }
        assertEquals(14, List6.HEADERS.size());
        assertEquals(17, List7.HEADERS.size());
        assertEquals(34, List8.HEADERS.size());
    }

    @Test
    void theSchemaIsReadWithItsCodesAndBlanks() {
        AnnexASchema.Column seenAlone = schema.columns("List 7").get(10);
        assertEquals("Was the Child Seen Alone?", seenAlone.header());
        assertEquals(Set.of("a) Yes", "b) No", "c) Unknown"), seenAlone.codes());
        assertEquals(true, seenAlone.canBeBlank());
        AnnexASchema.Column missing = schema.columns("List 8").get(28);
        assertEquals(AnnexASchema.Kind.INTEGER, missing.kind());
        assertEquals(false, missing.canBeBlank());
        assertEquals(AnnexASchema.Kind.DATE, schema.columns("List 6").get(8).kind());
    }

    @Test
    void aConformingRowPasses() {
        assertEquals(List.of(), schema.problems("List 7", table(List7.HEADERS, goodList7Row()), NotHeld.of(AnnexAList.LIST_7)));
    }

    @Test
    void theCheckFindsEachKindOfFault() {
        List<String> swapped = new ArrayList<>(List7.HEADERS);
        Collections.swap(swapped, 9, 10);
        assertEquals(List.of("column 10: header 'Was the Child Seen Alone?' where the schema has 'Date of the Last Statutory Visit'",
                "column 11: header 'Date of the Last Statutory Visit' where the schema has 'Was the Child Seen Alone?'"),
                schema.problems("List 7", table(swapped, goodList7Row()), NotHeld.of(AnnexAList.LIST_7)));

        assertEquals(List.of("row 1, column 10 'Date of the Last Statutory Visit': '2026-03-30' is not DD/MM/YYYY"),
                problemsWith(9, "2026-03-30"));
        assertEquals(List.of("row 1, column 10 'Date of the Last Statutory Visit': '31/02/2026' is not a real date"),
                problemsWith(9, "31/02/2026"));
        assertEquals(List.of("row 1, column 11 'Was the Child Seen Alone?': 'Yes' is not one of [a) Yes, b) No, c) Unknown]"),
                problemsWith(10, "Yes"));
        assertEquals(List.of("row 1, column 7 'Child Protection Plan Start Date': blank, and the schema requires a value"),
                problemsWith(6, ""));
        assertEquals(List.of("row 1, column 15 'Number of Previous Child Protection Plans': '1.0' is not a whole number"),
                problemsWith(14, "1.0"));
        assertEquals(List.of("row 1, column 2 'Gender': 'b) Female' in a column Doorstep does not hold"),
                problemsWith(1, "b) Female"));
        List<String> shortRow = new ArrayList<>(goodList7Row());
        shortRow.remove(16);
        assertEquals(List.of("row 1: 16 cells for 17 columns"),
                schema.problems("List 7", table(List7.HEADERS, shortRow), NotHeld.of(AnnexAList.LIST_7)));
    }

    @Test
    void aNotHeldColumnMustBeAColumnOfTheList() {
        assertEquals(List.of("not-held column 'Shoe size' is not a column of List 7"),
                schema.problems("List 7", table(List7.HEADERS, goodList7Row()), Set.of("Shoe size")).subList(0, 1));
    }

    private List<String> problemsWith(int column, String value) {
        List<String> row = new ArrayList<>(goodList7Row());
        row.set(column, value);
        return schema.problems("List 7", table(List7.HEADERS, row), NotHeld.of(AnnexAList.LIST_7));
    }

    private static List<String> goodList7Row() {
        return List.of("C-1001", "", "", "17/05/2014", "11", "", "05/01/2026", "", "", "30/03/2026", "b) No", "", "", "",
                "1", "North Children's Team", "Sam Worker");
    }

    private static AnnexASchema.Table table(List<String> headers, List<String> row) {
        return new AnnexASchema.Table(headers, List.of(row));
    }
}
