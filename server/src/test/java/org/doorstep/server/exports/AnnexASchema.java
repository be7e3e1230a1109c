package org.doorstep.server.exports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Ofsted's Annex A schema (test resource {@code annex-a/Annex_A_schema.yml}, liia-tools Nov 2023), read with
 * SnakeYAML, and a column-by-column check of a produced list against it: headers and order, DD/MM/YYYY dates,
 * whole numbers, allowed codes, and no blank where the schema forbids one, except in the columns Doorstep
 * does not hold, which must be blank in every row.
 */
final class AnnexASchema {
    /** What a column holds, as the schema says. */
    enum Kind { DATE, INTEGER, CODE, TEXT }

    /** One column of a list. */
    record Column(String header, Kind kind, Set<String> codes, boolean canBeBlank) {
    }

    /** A list as read back from a produced file: its header row and its data rows, every cell as text. */
    record Table(List<String> headers, List<List<String>> rows) {
    }

    private static final DateTimeFormatter SCHEMA_DATE =
            DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private final Map<String, Object> lists;

    private AnnexASchema(Map<String, Object> lists) {
        this.lists = lists;
    }

    @SuppressWarnings("unchecked")
    static AnnexASchema load() {
        LoaderOptions options = new LoaderOptions();
        // The schema reuses column definitions through anchors far more than SnakeYAML's default of 50 allows.
        options.setMaxAliasesForCollections(1000);
        try (InputStream in = AnnexASchema.class.getResourceAsStream("/annex-a/Annex_A_schema.yml")) {
            if (in == null) {
                throw new IllegalStateException("annex-a/Annex_A_schema.yml is not on the test classpath");
            }
            Map<String, Object> root = new Yaml(new SafeConstructor(options)).load(in);
            return new AnnexASchema((Map<String, Object>) root.get("column_map"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The columns of {@code sheetName} ("List 6"), in the schema's order. */
    @SuppressWarnings("unchecked")
    List<Column> columns(String sheetName) {
        Map<String, Object> columns = (Map<String, Object>) lists.get(sheetName);
        if (columns == null) {
            throw new IllegalArgumentException("The schema has no " + sheetName);
        }
        List<Column> result = new ArrayList<>();
        columns.forEach((header, value) -> {
            Map<String, Object> spec = (Map<String, Object>) value;
            boolean blank = Boolean.TRUE.equals(spec.get("canbeblank"));
            if (spec.containsKey("category")) {
                Set<String> codes = new LinkedHashSet<>();
                for (Map<String, Object> code : (List<Map<String, Object>>) spec.get("category")) {
                    codes.add(String.valueOf(code.get("code")));
                }
                result.add(new Column(header, Kind.CODE, codes, blank));
            } else if (spec.containsKey("date")) {
                if (!"%d/%m/%Y".equals(spec.get("date"))) {
                    throw new IllegalStateException(header + ": unexpected date format " + spec.get("date"));
                }
                result.add(new Column(header, Kind.DATE, Set.of(), blank));
            } else if ("integer".equals(spec.get("numeric"))) {
                result.add(new Column(header, Kind.INTEGER, Set.of(), blank));
            } else if (spec.containsKey("string")) {
                result.add(new Column(header, Kind.TEXT, Set.of(), blank));
            } else {
                throw new IllegalStateException(header + ": a column kind this check does not know: " + spec.keySet());
            }
        });
        return result;
    }

    /**
     * Every way {@code table} departs from the schema's {@code sheetName}; empty when it conforms.
     *
     * @param notHeld headers of the columns Doorstep does not hold: they must be blank in every row (and may be,
     *                whatever the schema says)
     */
    List<String> problems(String sheetName, Table table, Set<String> notHeld) {
        List<Column> columns = columns(sheetName);
        List<String> problems = new ArrayList<>();
        List<String> expected = columns.stream().map(Column::header).toList();
        for (String header : notHeld) {
            if (!expected.contains(header)) {
                problems.add("not-held column '" + header + "' is not a column of " + sheetName);
            }
        }
        if (!expected.equals(table.headers())) {
            for (int i = 0; i < Math.max(expected.size(), table.headers().size()); i++) {
                String want = i < expected.size() ? expected.get(i) : "(none)";
                String got = i < table.headers().size() ? table.headers().get(i) : "(none)";
                if (!want.equals(got)) {
                    problems.add("column " + (i + 1) + ": header '" + got + "' where the schema has '" + want + "'");
                }
            }
            return problems;
        }
        for (int r = 0; r < table.rows().size(); r++) {
            List<String> row = table.rows().get(r);
            if (row.size() != columns.size()) {
                problems.add("row " + (r + 1) + ": " + row.size() + " cells for " + columns.size() + " columns");
                continue;
            }
            for (int c = 0; c < columns.size(); c++) {
                String problem = check(columns.get(c), row.get(c), notHeld.contains(columns.get(c).header()));
                if (problem != null) {
                    problems.add("row " + (r + 1) + ", column " + (c + 1) + " '" + columns.get(c).header() + "': " + problem);
                }
            }
        }
        return problems;
    }

    private static String check(Column column, String value, boolean notHeld) {
        if (value.isEmpty()) {
            return notHeld || column.canBeBlank() ? null : "blank, and the schema requires a value";
        }
        if (notHeld) {
            return "'" + value + "' in a column Doorstep does not hold";
        }
        return switch (column.kind()) {
            case DATE -> date(value);
            case INTEGER -> value.matches("\\d+") ? null : "'" + value + "' is not a whole number";
            case CODE -> column.codes().contains(value) ? null : "'" + value + "' is not one of " + column.codes();
            case TEXT -> value.isBlank() ? "only spaces" : null;
        };
    }

    private static String date(String value) {
        if (!value.matches("\\d{2}/\\d{2}/\\d{4}")) {
            return "'" + value + "' is not DD/MM/YYYY";
        }
        try {
            LocalDate.parse(value, SCHEMA_DATE);
            return null;
        } catch (DateTimeParseException e) {
            return "'" + value + "' is not a real date";
        }
    }
}
