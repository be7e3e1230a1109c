package org.doorstep.server.exports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Writes a {@link Sheet} as CSV or XLSX bytes. */
final class SheetWriter {
    /** The byte order mark Excel looks for to read a CSV file as UTF-8. */
    static final String BOM = "\uFEFF";
    private static final String EXCEL_DAY = "dd/mm/yyyy";

    private SheetWriter() {
    }

    static byte[] write(Sheet sheet, AnnexAFormat format) {
        try {
            return format == AnnexAFormat.CSV ? csv(sheet) : xlsx(sheet);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] csv(Sheet sheet) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            out.write(BOM);
            // RFC 4180: CRLF after every record, quotes only where needed (commas, quotes, line breaks).
            CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180);
            printer.printRecord(sheet.headers());
            for (List<Cell> row : sheet.rows()) {
                printer.printRecord(row.stream().map(SheetWriter::csvText).toList());
            }
            printer.flush();
        }
        return bytes.toByteArray();
    }

    /**
     * A cell's CSV text. Free text that a spreadsheet would run as a formula (starting with =, +, -, @, a tab or
     * a carriage return) gets a leading apostrophe, which Excel shows as text (OWASP's advice on CSV injection).
     * The XLSX needs none of this: its text cells are never formulas.
     */
    static String csvText(Cell cell) {
        String text = cell.text();
        boolean risky = cell instanceof Cell.Text t && t.freeText() && !text.isEmpty()
                && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
        return risky ? "'" + text : text;
    }

    private static byte[] xlsx(Sheet sheet) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(bytes, "Doorstep", "1.0");
        Worksheet ws = workbook.newWorksheet(sheet.list().sheetName());
        for (int c = 0; c < sheet.headers().size(); c++) {
            ws.value(0, c, sheet.headers().get(c));
            ws.style(0, c).bold().wrapText(true).set();
            ws.width(c, 18);
        }
        ws.freezePane(0, 1);
        int r = 1;
        for (List<Cell> row : sheet.rows()) {
            for (int c = 0; c < row.size(); c++) {
                write(ws, r, c, row.get(c));
            }
            r++;
        }
        workbook.finish();
        return bytes.toByteArray();
    }

    private static void write(Worksheet ws, int r, int c, Cell cell) {
        if (cell instanceof Cell.Text text) {
            ws.value(r, c, text.value());
        } else if (cell instanceof Cell.Day day) {
            ws.value(r, c, day.value());
            ws.style(r, c).format(EXCEL_DAY).set();
        } else if (cell instanceof Cell.Whole whole) {
            ws.value(r, c, whole.value());
        }
        // Blank: no cell at all.
    }
}
