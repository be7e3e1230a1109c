package org.doorstep.server.exports;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/** One cell of an Annex A list: text (a code or a name), a date, a whole number, or blank. */
sealed interface Cell {
    /** Ofsted's date form, DD/MM/YYYY. */
    DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    Cell BLANK = new Blank();

    /** The cell as CSV text: dates as DD/MM/YYYY, blank as empty. */
    String text();

    /** A code, an id or a count's text: written as it is. */
    static Cell text(String value) {
        return value == null ? BLANK : new Text(value, false);
    }

    /** Free text typed by people (a team's or worker's name): guarded against spreadsheet formulas in CSV. */
    static Cell name(String value) {
        return value == null ? BLANK : new Text(value, true);
    }

    static Cell day(LocalDate value) {
        return value == null ? BLANK : new Day(value);
    }

    static Cell whole(Integer value) {
        return value == null ? BLANK : new Whole(value);
    }

    /**
     * Text.
     *
     * @param value    the text
     * @param freeText typed by people, so possibly starting like a formula ({@code =}, {@code +}, {@code -},
     *                 {@code @}): a CSV writer must keep a spreadsheet from running it
     */
    record Text(String value, boolean freeText) implements Cell {
        public Text {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String text() {
            return value;
        }
    }

    record Day(LocalDate value) implements Cell {
        public Day {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String text() {
            return DAY.format(value);
        }
    }

    record Whole(int value) implements Cell {
        @Override
        public String text() {
            return Integer.toString(value);
        }
    }

    record Blank() implements Cell {
        @Override
        public String text() {
            return "";
        }
    }
}
