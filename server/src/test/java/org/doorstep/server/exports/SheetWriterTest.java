package org.doorstep.server.exports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the writers do with awkward text: quoting, accents, and names a spreadsheet would run as formulas. */
class SheetWriterTest {
    private static final ChildCase CHILD = new ChildCase("-C7", LocalDate.parse("2015-02-03"), "Tîm \"North\", West",
            "=HYPERLINK(\"http://example.invalid\",\"open\")", List.of(), List.of(new Span(LocalDate.parse("2026-01-05"), null)),
            List.of(), List.of(), List.of());
    private static final AsAt AS_AT = new AsAt(LocalDate.parse("2026-03-31"));

    @Test
    void theCsvQuotesWhatNeedsItAndDefusesFormulasInNames() {
        Sheet sheet = new List7().sheet(List.of(CHILD), AS_AT);
        String csv = new String(SheetWriter.write(sheet, AnnexAFormat.CSV), StandardCharsets.UTF_8);

        String row = csv.split("\r\n")[1];
        assertEquals("-C7,,,03/02/2015,11,,05/01/2026,,,,,,,,0,\"Tîm \"\"North\"\", West\","
                + "\"'=HYPERLINK(\"\"http://example.invalid\"\",\"\"open\"\")\"", row);
        assertEquals(List.of("-C7", "Tîm \"North\", West", "'=HYPERLINK(\"http://example.invalid\",\"open\")"),
                pick(AnnexAFiles.csv(SheetWriter.write(sheet, AnnexAFormat.CSV)).rows().get(0)));
    }

    @Test
    void theXlsxKeepsNamesAsTheyAreInTextCells() {
        Sheet sheet = new List7().sheet(List.of(CHILD), AS_AT);
        AnnexASchema.Table table = AnnexAFiles.xlsx(SheetWriter.write(sheet, AnnexAFormat.XLSX), "List 7");

        assertEquals(List.of("-C7", "Tîm \"North\", West", "=HYPERLINK(\"http://example.invalid\",\"open\")"),
                pick(table.rows().get(0)));
        assertEquals("03/02/2015", table.rows().get(0).get(3));
        assertEquals("11", table.rows().get(0).get(4));
    }

    private static List<String> pick(List<String> row) {
        return List.of(row.get(0), row.get(15), row.get(16));
    }
}
