package org.doorstep.mobile.caseload;

import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The caseload screen's controls and layout, for a phone held upright: who is signed in, a search field, the
 * children with their badges (the list scrolls), and the sync status line, the last message and "Sync now" at the
 * bottom. No behaviour: {@link CaseloadPresenter} wires it. Every control a test or a screen reader needs has an id.
 */
final class CaseloadView {
    final BorderPane root = new BorderPane();
    final Label signedInAs = new Label();
    final Button signOut = new Button("Sign out");
    final Button changePin = new Button("Change PIN");
    final TextField search = new TextField();
    final Label summary = new Label();
    final ListView<CaseloadEntry> children = new ListView<>();
    final Label placeholder = new Label();
    final Label status = new Label();
    /** Where the presenter puts the sync status line. */
    final VBox syncStatusSlot = new VBox();
    final Button syncNow = new Button("Sync now");

    CaseloadView() {
        root.getStyleClass().addAll("app", "caseload");
        root.setTop(new VBox(appBar(), accountBar()));
        root.setCenter(content());
        root.setBottom(statusBar());
    }

    private Node appBar() {
        Label title = new Label("My caseload");
        title.getStyleClass().add("app-title");
        title.setAccessibleRole(AccessibleRole.TEXT);
        HBox bar = new HBox(title);
        bar.getStyleClass().add("app-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private Node accountBar() {
        signedInAs.setId("signedInAs");
        signedInAs.getStyleClass().add("account-name");
        signedInAs.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(signedInAs, Priority.ALWAYS);
        signOut.setId("signOut");
        signOut.getStyleClass().add("account-action");
        changePin.setId("changePin");
        changePin.getStyleClass().add("account-action");
        changePin.managedProperty().bind(changePin.visibleProperty());
        changePin.setVisible(false);
        HBox bar = new HBox(8, signedInAs, changePin, signOut);
        bar.getStyleClass().add("account-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private Node content() {
        search.setId("search");
        search.setPromptText("Search by name or id");
        search.setAccessibleText("Search the caseload by name or id");
        summary.setId("caseloadSummary");
        summary.getStyleClass().add("hint");
        summary.setWrapText(true);
        placeholder.setId("caseloadEmpty");
        placeholder.setWrapText(true);
        placeholder.getStyleClass().add("hint");
        children.setId("caseload");
        children.setPlaceholder(placeholder);
        children.setAccessibleText("Children on your caseload; choose one to record a visit");
        VBox.setVgrow(children, Priority.ALWAYS);
        VBox box = new VBox(8, search, summary, children);
        box.getStyleClass().add("content");
        return box;
    }

    private Node statusBar() {
        status.setId("status");
        status.setWrapText(true);
        status.getStyleClass().add("status");
        status.setAccessibleRole(AccessibleRole.TEXT);
        // Only when there is something to say: the list keeps the room otherwise.
        status.visibleProperty().bind(status.textProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());
        syncNow.setId("syncNow");
        syncNow.getStyleClass().add("primary");
        syncNow.setMaxWidth(Double.MAX_VALUE);
        syncStatusSlot.setId("syncStatusSlot");
        VBox bar = new VBox(6, syncStatusSlot, status, syncNow);
        bar.getStyleClass().add("status-bar");
        return bar;
    }
}
