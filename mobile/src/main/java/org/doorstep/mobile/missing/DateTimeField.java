package org.doorstep.mobile.missing;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.converter.LocalDateStringConverter;

/** A day (picker, dd/mm/yyyy) and a time (hours:minutes) side by side, each with an id and accessible text. */
final class DateTimeField {
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.UK);

    final DatePicker date = new DatePicker();
    final TextField time = new TextField();
    final HBox box;

    DateTimeField(String id, String accessible) {
        date.setId(id + "Date");
        date.setConverter(new LocalDateStringConverter(DATE, DATE));
        date.setPromptText("dd/mm/yyyy");
        date.setAccessibleText(accessible + ", date");
        date.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(date, Priority.ALWAYS);
        time.setId(id + "Time");
        time.setPromptText("14:30");
        time.setPrefColumnCount(5);
        time.setAccessibleText(accessible + ", time, hours and minutes");
        box = new HBox(8, date, time);
    }

    /** The picker's date, including one typed and not yet committed; null when empty or unreadable. */
    LocalDate dateValue() {
        String typed = date.getEditor().getText();
        try {
            return typed == null || typed.isBlank() ? null : date.getConverter().fromString(typed);
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    void set(OffsetDateTime at, ZoneId zone) {
        if (at == null) {
            clear();
            return;
        }
        var local = at.atZoneSameInstant(zone);
        date.setValue(local.toLocalDate());
        date.getEditor().setText(DATE.format(local.toLocalDate()));
        time.setText(MissingRecorder.TIME.format(local.toLocalTime()));
    }

    void setNow(java.time.Clock clock) {
        LocalDate today = LocalDate.now(clock);
        date.setValue(today);
        date.getEditor().setText(DATE.format(today));
        time.setText(MissingRecorder.TIME.format(LocalTime.now(clock)));
    }

    void clear() {
        date.setValue(null);
        date.getEditor().clear();
        time.clear();
    }
}
