package org.doorstep.server.exports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/** Reads a produced Annex A file back into a {@link AnnexASchema.Table}, checking its file format on the way. */
final class AnnexAFiles {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private AnnexAFiles() {
    }

    static AnnexASchema.Table read(byte[] content, AnnexAFormat format, String sheetName) {
        return format == AnnexAFormat.CSV ? csv(content) : xlsx(content, sheetName);
    }

    /** UTF-8 with a byte order mark, every line ended by CRLF, RFC 4180. */
    static AnnexASchema.Table csv(byte[] content) {
        assertTrue(content.length >= 3 && Arrays.equals(BOM, Arrays.copyOf(content, 3)), "starts with the UTF-8 byte order mark");
        String text = new String(content, 3, content.length - 3, StandardCharsets.UTF_8);
        assertTrue(text.endsWith("\r\n"), "the last record ends with CRLF");
        assertEquals(text.split("\n", -1).length, text.split("\r\n", -1).length, "every line ends with CRLF, none with a bare LF");
        try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.RFC4180)) {
            List<CSVRecord> records = parser.getRecords();
            List<List<String>> rows = new ArrayList<>();
            for (CSVRecord record : records.subList(1, records.size())) {
                rows.add(record.toList());
            }
            return new AnnexASchema.Table(records.get(0).toList(), rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One sheet named after the list, headers in row 1. Dates must be real dates formatted dd/mm/yyyy (read back
     * as DD/MM/YYYY), numbers whole numbers, everything else text.
     */
    static AnnexASchema.Table xlsx(byte[] content, String sheetName) {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content), new ReadingOptions(true, false))) {
            List<Sheet> sheets = workbook.getSheets().toList();
            assertEquals(1, sheets.size(), "one sheet");
            assertEquals(sheetName, sheets.get(0).getName());
            List<Row> rows = sheets.get(0).read();
            List<String> headers = new ArrayList<>();
            rows.get(0).forEach(cell -> headers.add(cell.getText()));
            List<List<String>> data = new ArrayList<>();
            for (Row row : rows.subList(1, rows.size())) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < headers.size(); c++) {
                    cells.add(text(row.getOptionalCell(c).orElse(null)));
                }
                data.add(cells);
            }
            return new AnnexASchema.Table(headers, data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Cell cell) {
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return "";
        }
        if (cell.getType() == CellType.STRING) {
            return cell.asString();
        }
        assertEquals(CellType.NUMBER, cell.getType(), "a cell is text, a number or a date: " + cell);
        if ("dd/mm/yyyy".equals(cell.getDataFormatString())) {
            return day(cell);
        }
        BigDecimal number = cell.asNumber();
        return number.toBigIntegerExact().toString();
    }

    private static String day(Cell cell) {
        return org.doorstep.server.exports.Cell.DAY.format(cell.asDate().toLocalDate());
    }
}
