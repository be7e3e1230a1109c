package org.doorstep.mobile.caseload;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * One child in the caseload: name and badge, the id and what is due when, a running missing-episode clock, and
 * why nothing can be worked out when that is so. Tapping it opens the visit form for the child.
 */
final class CaseloadCell extends ListCell<CaseloadEntry> {
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.UK);
    private static final String[] BADGE_CLASSES = java.util.Arrays.stream(Badge.values()).map(Badge::styleClass)
            .toArray(String[]::new);

    private final LocalDate today;
    private final ZoneId zone;
    private final Label name = new Label();
    private final Label badge = new Label();
    private final Label due = new Label();
    private final Label clock = new Label();
    private final Label note = new Label();
    private final VBox box;

    CaseloadCell(LocalDate today, ZoneId zone, Consumer<CaseloadEntry> open) {
        this.today = today;
        this.zone = zone;
        name.getStyleClass().add("child-name");
        name.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(name, Priority.ALWAYS);
        badge.getStyleClass().add("badge");
        badge.setMinWidth(javafx.scene.control.Control.USE_PREF_SIZE);
        due.getStyleClass().add("due-line");
        due.setWrapText(true);
        clock.getStyleClass().add("clock-line");
        clock.setWrapText(true);
        note.getStyleClass().add("note-line");
        note.setWrapText(true);
        for (Label optional : new Label[] {clock, note}) {
            optional.managedProperty().bind(optional.textProperty().isNotEmpty());
            optional.visibleProperty().bind(optional.textProperty().isNotEmpty());
        }
        box = new VBox(2, new HBox(8, name, badge), due, clock, note);
        box.getStyleClass().add("caseload-cell");
        // Take the list's width, never ask for more: long lines wrap instead of scrolling sideways.
        setPrefWidth(0);
        setOnMouseClicked(event -> {
            if (!isEmpty() && getItem() != null) {
                open.accept(getItem());
            }
        });
    }

    @Override
    protected void updateItem(CaseloadEntry entry, boolean empty) {
        super.updateItem(entry, empty);
        badge.getStyleClass().removeAll(BADGE_CLASSES);
        clock.getStyleClass().remove("clock-urgent");
        if (empty || entry == null) {
            setGraphic(null);
            setAccessibleText(null);
            return;
        }
        name.setText(entry.name());
        badge.setText(entry.badge().text());
        badge.getStyleClass().add(entry.badge().styleClass());
        due.setText(entry.childId() + " · " + dueText(entry));
        clock.setText(entry.returnClock() == null ? "" : entry.returnClock().describe(zone));
        if (entry.returnClock() != null && entry.returnClock().kind() != ReturnClock.Kind.INTERVIEW_DUE) {
            clock.getStyleClass().add("clock-urgent");
        }
        note.setText(entry.note() == null ? "" : entry.note());
        setText(null);
        setGraphic(box);
        setAccessibleText(String.join(", ", name.getText(), badge.getText(), due.getText(), clock.getText(), note.getText()));
    }

    /** "Child protection visit was due Mon 16 Nov (7 days ago)", "... due today", "... due Tue 24 Nov (tomorrow)". */
    String dueText(CaseloadEntry entry) {
        if (entry.nextDueDate() == null) {
            return switch (entry.badge()) {
                case NO_RULE -> "No plan or placement sets a visiting frequency";
                case UNKNOWN -> "Due date unknown";
                default -> "Nothing due";
            };
        }
        String what = Character.toUpperCase(entry.nextDueFor().charAt(0)) + entry.nextDueFor().substring(1);
        long days = ChronoUnit.DAYS.between(today, entry.nextDueDate());
        String day = DAY.format(entry.nextDueDate());
        if (days < 0) {
            return what + " was due " + day + " (" + (-days == 1 ? "yesterday" : -days + " days ago") + ")";
        }
        if (days == 0) {
            return what + " due today";
        }
        return what + " due " + day + (days == 1 ? " (tomorrow)" : days < 7 ? " (in " + days + " days)" : "");
    }
}
