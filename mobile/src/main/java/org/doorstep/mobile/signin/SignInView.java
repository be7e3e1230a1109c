package org.doorstep.mobile.signin;

import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The sign-in screen's controls: the server the app talks to, username, password, "Sign in" (the default
 * button: Enter in either field signs in), a notice (why the person is here, e.g. their sign-in ended) and
 * the error of the last attempt. No behaviour: {@link SignInPresenter} wires it.
 */
final class SignInView {
    final BorderPane root = new BorderPane();
    final Label server = new Label();
    final Label notice = new Label();
    final TextField username = new TextField();
    final PasswordField password = new PasswordField();
    final Button signIn = new Button("Sign in");
    final Label error = new Label();
    final Label progress = new Label();
    final Hyperlink backToPin = new Hyperlink("Use my PIN instead");

    SignInView() {
        root.getStyleClass().addAll("app", "sign-in");
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
        Label heading = new Label("Sign in");
        heading.getStyleClass().add("section-title");
        server.setId("serverUrl");
        server.getStyleClass().add("hint");
        server.setWrapText(true);
        notice.setId("signInNotice");
        notice.getStyleClass().add("notice");
        shownWhenSet(notice);

        username.setId("username");
        username.setPromptText("e.g. sam.worker");
        username.setAccessibleText("Username");
        password.setId("password");
        password.setAccessibleText("Password");

        error.setId("signInError");
        error.getStyleClass().add("field-error");
        shownWhenSet(error);
        progress.setId("signInProgress");
        progress.getStyleClass().add("hint");
        shownWhenSet(progress);

        signIn.setId("signIn");
        signIn.getStyleClass().add("primary");
        signIn.setDefaultButton(true);
        signIn.setMaxWidth(Double.MAX_VALUE);

        backToPin.setId("backToPin");
        backToPin.setVisible(false);
        backToPin.managedProperty().bind(backToPin.visibleProperty());

        VBox form = new VBox(8, heading, server, notice,
                field("Username", username), field("Password", password), error, signIn, progress, backToPin);
        form.getStyleClass().add("content");
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        return scroll;
    }

    /** A label linked to its control for screen readers (and its mnemonic-free caption above it). */
    private static VBox field(String label, Node control) {
        Label caption = new Label(label);
        caption.getStyleClass().add("field-label");
        caption.setLabelFor(control);
        return new VBox(4, caption, control);
    }

    private static void shownWhenSet(Label label) {
        label.setWrapText(true);
        label.setAccessibleRole(AccessibleRole.TEXT);
        label.managedProperty().bind(label.textProperty().isNotEmpty());
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
    }
}
