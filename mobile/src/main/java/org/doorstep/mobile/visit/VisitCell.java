package org.doorstep.mobile.visit;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.doorstep.mobile.store.LocalVisit;

/** One visit in the list: the child, when, and a badge with its sync state. */
final class VisitCell extends ListCell<LocalVisit> {
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.UK);

    private final Label child = new Label();
    private final Label when = new Label();
    private final Label seen = new Label();
    private final Label badge = new Label();
    private final Label detail = new Label();
    private final VBox box;

    VisitCell() {
        child.getStyleClass().add("visit-child");
        when.getStyleClass().add("visit-when");
        seen.getStyleClass().add("visit-detail");
        badge.getStyleClass().add("state-badge");
        badge.setWrapText(true);
        detail.getStyleClass().add("visit-detail");
        detail.setWrapText(true);
        detail.managedProperty().bind(detail.textProperty().isNotEmpty());
        detail.visibleProperty().bind(detail.textProperty().isNotEmpty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        box = new VBox(2, new HBox(8, child, spacer, when), seen, badge, detail);
        box.getStyleClass().add("visit-cell");
    }

    @Override
    protected void updateItem(LocalVisit visit, boolean empty) {
        super.updateItem(visit, empty);
        badge.getStyleClass().removeAll("state-waiting", "state-sent", "state-rejected");
        if (empty || visit == null) {
            setGraphic(null);
            setAccessibleText(null);
            return;
        }
        child.setText(visit.visit().childId());
        when.setText(WHEN.format(visit.visit().occurredAt()));
        seen.setText(seenText(visit));
        badge.setText(StateBadge.text(visit));
        badge.getStyleClass().add(StateBadge.styleClass(visit));
        detail.setText(visit.note() == null ? "" : visit.note());
        setText(null);
        setGraphic(box);
        setAccessibleText(child.getText() + ", " + when.getText() + ", " + seen.getText() + ", " + badge.getText());
    }

    private static String seenText(LocalVisit visit) {
        if (!Boolean.TRUE.equals(visit.visit().seen())) {
            return "Child not seen";
        }
        return Boolean.TRUE.equals(visit.visit().seenAlone()) ? "Seen alone" : "Seen, not alone";
    }
}
