package org.doorstep.mobile.missing;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;

/** Small builders the missing screen shares with nothing else: labelled fields, errors, text areas. */
final class MissingViews {
    private MissingViews() {
    }

    static VBox field(String label, Node control, Node... below) {
        Label caption = new Label(label);
        caption.getStyleClass().add("field-label");
        caption.setWrapText(true);
        caption.setLabelFor(control);
        VBox box = new VBox(4, caption, control);
        box.getChildren().addAll(below);
        return box;
    }

    static Label section(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("section-title");
        return label;
    }

    static Label error(String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("field-error");
        label.setWrapText(true);
        label.managedProperty().bind(label.textProperty().isNotEmpty());
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        return label;
    }

    static void text(TextArea area, String id, String accessible, String prompt) {
        area.setId(id);
        area.setPrefRowCount(3);
        area.setWrapText(true);
        area.setPromptText(prompt);
        area.setAccessibleText(accessible);
        area.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.TAB && !event.isControlDown()) {
                event.consume();
                area.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, event.isShiftDown(), true,
                        false, false));
            }
        });
    }
}
