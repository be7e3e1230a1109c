package org.doorstep.mobile.lock;

import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The PIN screen's controls, in one of two modes: unlock (the PIN, "Unlock", and "Forgot your PIN? Sign in
 * with your password") or choose (the new PIN twice, "Set PIN"). No behaviour: {@link PinPresenter} wires it.
 */
final class PinView {
    final BorderPane root = new BorderPane();
    final Label heading = new Label();
    final Label explanation = new Label();
    final Label notice = new Label();
    final PasswordField pin = new PasswordField();
    final Label confirmCaption = new Label("Type it again");
    final PasswordField confirm = new PasswordField();
    final VBox confirmBox = new VBox(4, confirmCaption, confirm);
    final Label error = new Label();
    final Label progress = new Label();
    final Button submit = new Button();
    final Hyperlink forgot = new Hyperlink("Forgot your PIN? Sign in with your password");

    PinView() {
        root.getStyleClass().addAll("app", "sign-in", "pin");
        root.setTop(appBar());
        root.setCenter(content());
    }

    private Node appBar() {
        Label title = new Label("Doorstep");
        title.getStyleClass().add("app-title");
        title.setAccessibleRole(AccessibleRole.TEXT);
        HBox bar = new HBox(title);
        bar.getStyleClass().add("app-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private Node content() {
        heading.setId("pinHeading");
        heading.getStyleClass().add("section-title");
        explanation.setId("pinExplanation");
        explanation.getStyleClass().add("hint");
        explanation.setWrapText(true);
        notice.setId("pinNotice");
        notice.getStyleClass().add("notice");
        shownWhenSet(notice);

        Label pinCaption = new Label("PIN or passphrase");
        pinCaption.getStyleClass().add("field-label");
        pinCaption.setLabelFor(pin);
        pin.setId("pin");
        pin.setAccessibleText("PIN or passphrase");
        confirmCaption.getStyleClass().add("field-label");
        confirmCaption.setLabelFor(confirm);
        confirm.setId("pinConfirm");
        confirm.setAccessibleText("The same PIN or passphrase again");
        confirmBox.managedProperty().bind(confirmBox.visibleProperty());

        error.setId("pinError");
        error.getStyleClass().add("field-error");
        shownWhenSet(error);
        progress.setId("pinProgress");
        progress.getStyleClass().add("hint");
        shownWhenSet(progress);

        submit.setId("pinSubmit");
        submit.getStyleClass().add("primary");
        submit.setDefaultButton(true);
        submit.setMaxWidth(Double.MAX_VALUE);
        forgot.setId("forgotPin");
        forgot.setWrapText(true);
        forgot.managedProperty().bind(forgot.visibleProperty());

        VBox form = new VBox(8, heading, explanation, notice, new VBox(4, pinCaption, pin), confirmBox, error, submit,
                progress, forgot);
        form.getStyleClass().add("content");
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        return scroll;
    }

    private static void shownWhenSet(Label label) {
        label.setWrapText(true);
        label.setAccessibleRole(AccessibleRole.TEXT);
        label.managedProperty().bind(label.textProperty().isNotEmpty());
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
    }
}
