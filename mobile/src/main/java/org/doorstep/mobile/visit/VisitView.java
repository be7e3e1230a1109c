package org.doorstep.mobile.visit;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.converter.LocalDateStringConverter;
import org.doorstep.mobile.store.LocalVisit;

/**
 * The visit screen's controls and layout, for a phone held upright (about 400 x 760): the form and this
 * device's visits scroll; the status line and the two actions, "Save visit" and "Sync now", stay at the
 * bottom within reach of a thumb. No behaviour: {@link VisitPresenter} wires it. Every control a test or a screen reader needs has an id and a label.
 */
final class VisitView {
    /** Dates as written in England. */
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.UK);

    final BorderPane root = new BorderPane();
    final ComboBox<String> childId = new ComboBox<>();
    final Label childName = hint("childName");
    final DatePicker visitDate = new DatePicker();
    final TextField visitTime = new TextField();
    final CheckBox seen = new CheckBox("Child seen");
    final CheckBox seenAlone = new CheckBox("Seen alone");
    final TextArea notAloneReason = new TextArea();
    final VBox notAloneReasonBox = new VBox();
    final TextArea notes = new TextArea();
    final Button save = new Button("Save visit");
    final ListView<LocalVisit> visits = new ListView<>();
    final Label status = new Label();
    /** Where the presenter puts the sync status line. */
    final VBox syncStatusSlot = new VBox();
    final Button syncNow = new Button("Sync now");
    final Label waitingCount = new Label();
    final Label signedInAs = new Label();
    final Button signOut = new Button("Sign out");
    /** Back to the caseload; shown only when the form was opened from it. */
    final Button back = new Button("‹ Caseload");

    final Label childIdError = error("childIdError");
    final Label occurredAtError = error("occurredAtError");
    final Label seenAloneError = error("seenAloneError");
    final Label notAloneReasonError = error("notAloneReasonError");
    final Label notesError = error("notesError");

    VisitView() {
        root.getStyleClass().add("app");
        root.setTop(new VBox(appBar(), accountBar()));
        root.setCenter(content());
        root.setBottom(statusBar());
    }

    private Node appBar() {
        Label title = new Label("Doorstep");
        title.getStyleClass().add("app-title");
        title.setAccessibleRole(AccessibleRole.TEXT);
        waitingCount.setId("waitingCount");
        waitingCount.getStyleClass().add("app-bar-info");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        back.setId("back");
        back.getStyleClass().add("back");
        back.setAccessibleText("Back to the caseload");
        back.setVisible(false);
        back.setManaged(false);
        HBox bar = new HBox(8, back, title, spacer, waitingCount);
        bar.getStyleClass().add("app-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private Node accountBar() {
        signedInAs.setId("signedInAs");
        signedInAs.getStyleClass().add("account-name");
        signedInAs.setAccessibleRole(AccessibleRole.TEXT);
        signedInAs.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(signedInAs, Priority.ALWAYS);
        signOut.setId("signOut");
        signOut.getStyleClass().add("account-action");
        HBox bar = new HBox(8, signedInAs, signOut);
        bar.getStyleClass().add("account-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private Node content() {
        childId.setId("childId");
        childId.setEditable(true);
        childId.setPromptText("Choose, or type an id like C-1001");
        childId.setMaxWidth(Double.MAX_VALUE);
        childId.setAccessibleText("Child");

        visitDate.setId("visitDate");
        visitDate.setConverter(new LocalDateStringConverter(DATE, DATE));
        visitDate.setPromptText("dd/mm/yyyy");
        visitDate.setAccessibleText("Date of the visit");
        visitDate.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(visitDate, Priority.ALWAYS);
        visitTime.setId("visitTime");
        visitTime.setPromptText("14:30");
        visitTime.setPrefColumnCount(5);
        visitTime.setAccessibleText("Time of the visit, hours and minutes");
        HBox when = new HBox(8, visitDate, visitTime);

        seen.setId("seen");
        seenAlone.setId("seenAlone");
        notAloneReason.setId("notAloneReason");
        notAloneReason.setPrefRowCount(2);
        notAloneReason.setWrapText(true);
        notAloneReason.setAccessibleText("Why the child was not seen alone");
        notAloneReasonBox.getChildren().setAll(field("Why not seen alone?", notAloneReason, notAloneReasonError));
        notes.setId("notes");
        notes.setPrefRowCount(4);
        notes.setWrapText(true);
        notes.setPromptText("What the child said; what you saw");
        notes.setAccessibleText("Notes");

        save.setId("save");
        save.getStyleClass().add("primary");
        save.setMaxWidth(Double.MAX_VALUE);

        visits.setId("visits");
        visits.setPlaceholder(new Label("No visits recorded on this device yet"));
        visits.setPrefHeight(260);
        visits.setMinHeight(160);
        visits.setAccessibleText("Visits on this device");

        VBox form = new VBox(6,
                section("Record a visit"),
                field("Child", childId, childName, childIdError),
                field("When", when, occurredAtError),
                seen, seenAlone, seenAloneError,
                notAloneReasonBox,
                field("Notes", notes, notesError),
                new Separator(),
                section("Visits on this device"),
                visits);
        form.getStyleClass().add("content");
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        return scroll;
    }

    private Node statusBar() {
        status.setId("status");
        status.setWrapText(true);
        status.getStyleClass().add("status");
        status.setAccessibleRole(AccessibleRole.TEXT);
        syncNow.setId("syncNow");
        syncNow.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(save, Priority.ALWAYS);
        HBox.setHgrow(syncNow, Priority.ALWAYS);
        HBox actions = new HBox(10, save, syncNow);
        syncStatusSlot.setId("syncStatusSlot");
        VBox bar = new VBox(6, syncStatusSlot, status, actions);
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    /** A labelled field: the label is linked to the control for screen readers, then any hints and errors. */
    private static VBox field(String label, Node control, Node... below) {
        Label caption = new Label(label);
        caption.getStyleClass().add("field-label");
        caption.setLabelFor(control);
        VBox box = new VBox(4, caption, control);
        box.getChildren().addAll(below);
        return box;
    }

    private static Label section(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("section-title");
        return label;
    }

    private static Label error(String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("field-error");
        label.setWrapText(true);
        label.managedProperty().bind(label.textProperty().isNotEmpty());
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        return label;
    }

    private static Label hint(String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("hint");
        label.managedProperty().bind(label.textProperty().isNotEmpty());
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        return label;
    }
}
