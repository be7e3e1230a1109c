package org.doorstep.server.importing;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * One import file read as RFC 4180 CSV in UTF-8: its header checked against the file's columns and its
 * rows with the physical line each starts on. Problems are added to the caller's list; a file whose
 * header or encoding is wrong yields no rows and is marked unreadable.
 */
record CsvSheet(ImportFile file, boolean readable, List<Row> rows) {

    /** A data row: its first physical line and its values by column name (empty values are absent). */
    record Row(int line, Map<String, String> values) {
        String value(String column) {
            return values.get(column);
        }
    }

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreSurroundingSpaces(true).build();

    static CsvSheet read(Path path, ImportFile file, List<ImportError> errors) {
        String name = file.fileName();
        String text;
        try {
            text = decode(Files.readAllBytes(path), name, errors);
        } catch (IOException e) {
            errors.add(new ImportError(name, 1, ImportError.WHOLE_FILE, "cannot be read: " + e.getMessage()));
            return unreadable(file);
        }
        if (text == null) {
            return unreadable(file);
        }
        LineIndex lines = new LineIndex(text);
        List<CSVRecord> records = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
            try {
                for (CSVRecord record : parser) {
                    records.add(record);
                }
            } catch (UncheckedIOException | IllegalStateException e) {
                errors.add(new ImportError(name, (int) parser.getCurrentLineNumber() + 1, ImportError.WHOLE_FILE,
                        "is not valid CSV here (" + rootMessage(e) + ")"));
                return unreadable(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (records.isEmpty() || blank(records.get(0))) {
            errors.add(new ImportError(name, 1, ImportError.WHOLE_FILE,
                    "has no header row; the first line must be: " + String.join(",", file.columnNames())));
            return unreadable(file);
        }
        List<String> header = records.get(0).toList();
        if (!headerIsValid(file, header, errors)) {
            return unreadable(file);
        }
        List<Row> rows = new ArrayList<>();
        for (CSVRecord record : records.subList(1, records.size())) {
            if (blank(record)) {
                continue;
            }
            int line = lines.lineAt(record.getCharacterPosition());
            if (record.size() != header.size()) {
                errors.add(new ImportError(name, line, ImportError.WHOLE_FILE, "the row has " + record.size()
                        + " values but the header has " + header.size() + " columns"));
                continue;
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                String value = record.get(i).strip();
                if (!value.isEmpty()) {
                    values.put(header.get(i).strip(), value);
                }
            }
            rows.add(new Row(line, values));
        }
        return new CsvSheet(file, true, rows);
    }

    private static boolean headerIsValid(ImportFile file, List<String> header, List<ImportError> errors) {
        int before = errors.size();
        List<String> expected = file.columnNames();
        Set<String> seen = new HashSet<>();
        for (String raw : header) {
            String column = raw.strip();
            if (column.isEmpty()) {
                errors.add(new ImportError(file.fileName(), 1, ImportError.WHOLE_FILE, "the header has an empty column name"));
            } else if (!expected.contains(column)) {
                errors.add(new ImportError(file.fileName(), 1, column,
                        "unknown column; the columns are " + String.join(",", expected)));
            } else if (!seen.add(column)) {
                errors.add(new ImportError(file.fileName(), 1, column, "the column appears twice in the header"));
            }
        }
        for (String column : expected) {
            if (!seen.contains(column)) {
                errors.add(new ImportError(file.fileName(), 1, column, "missing column: the header must name it"));
            }
        }
        return errors.size() == before;
    }

    /** The text of a UTF-8 file without its byte order mark, or null (with an error) when it is not UTF-8. */
    private static String decode(byte[] bytes, String name, List<ImportError> errors) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            errors.add(new ImportError(name, line, ImportError.WHOLE_FILE,
                    "is not UTF-8 text (invalid byte at offset " + in.position() + "); save the file as UTF-8"));
            return null;
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static boolean blank(CSVRecord record) {
        return record.size() == 1 && record.get(0).isBlank();
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }

    private static CsvSheet unreadable(ImportFile file) {
        return new CsvSheet(file, false, List.of());
    }

    /** Physical line numbers (from 1) of character positions; a line ends at \n, \r\n or \r. */
    private static final class LineIndex {
        private final int[] starts;

        LineIndex(String text) {
            List<Integer> list = new ArrayList<>();
            list.add(0);
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                    list.add(i + 1);
                }
            }
            starts = list.stream().mapToInt(Integer::intValue).toArray();
        }

        int lineAt(long position) {
            int low = 0;
            int high = starts.length - 1;
            while (low < high) {
                int mid = (low + high + 1) >>> 1;
                if (starts[mid] <= position) {
                    low = mid;
                } else {
                    high = mid - 1;
                }
            }
            return low + 1;
        }
    }
}
