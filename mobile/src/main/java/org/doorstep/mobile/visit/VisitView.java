package org.doorstep.mobile.visit;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
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
    final ChoiceBox<String> visitType = new ChoiceBox<>();
    final ChoiceBox<String> notAloneCode = new ChoiceBox<>();
    final TextArea notAloneReason = new TextArea();
    final VBox notAloneReasonBox = new VBox();
    final ChoiceBox<String> bedroomSeen = new ChoiceBox<>();
    final TextArea childViews = new TextArea();
    final TextArea observations = new TextArea();
    final TextArea actions = new TextArea();
    final TextArea notes = new TextArea();
    final Button save = new Button("Save visit");
    /** "Record a visit", or which visit is being corrected. */
    final Label formTitle = new Label("Record a visit");
    /** Says when the form was restored from a draft. */
    final Label draftNote = hint("draftNote");
    /** Opens the selected visit of the list in the form, to correct it (or fix a rejected one). */
    final Button correct = new Button("Correct this visit");
    final Button cancelCorrection = new Button("Cancel correction");
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
    /** To the child's missing episodes and return interview; shown only when the app offers it. */
    final Button toMissing = new Button("Missing");

    final Label childIdError = error("childIdError");
    final Label occurredAtError = error("occurredAtError");
    final Label seenAloneError = error("seenAloneError");
    final Label typeError = error("typeError");
    final Label notAloneCodeError = error("notAloneCodeError");
    final Label notAloneReasonError = error("notAloneReasonError");
    final Label childViewsError = error("childViewsError");
    final Label observationsError = error("observationsError");
    final Label actionsError = error("actionsError");
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
        toMissing.setId("toMissing");
        toMissing.getStyleClass().add("account-action");
        toMissing.setAccessibleText("Missing episodes and return interview of this child");
        toMissing.setVisible(false);
        toMissing.managedProperty().bind(toMissing.visibleProperty());
        HBox bar = new HBox(8, back, title, spacer, waitingCount, toMissing);
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

        visitType.setId("visitType");
        visitType.getItems().setAll(VisitChoices.TYPES.keySet());
        visitType.setConverter(VisitChoices.converter(VisitChoices.TYPES));
        visitType.setAccessibleText("Type of visit");
        visitType.setMaxWidth(Double.MAX_VALUE);
        seen.setId("seen");
        seenAlone.setId("seenAlone");
        notAloneCode.setId("notAloneCode");
        notAloneCode.getItems().setAll(VisitChoices.NOT_ALONE.keySet());
        notAloneCode.setConverter(VisitChoices.converter(VisitChoices.NOT_ALONE));
        notAloneCode.setAccessibleText("Why the child was not seen alone");
        notAloneCode.setMaxWidth(Double.MAX_VALUE);
        notAloneReason.setId("notAloneReason");
        notAloneReason.setPrefRowCount(2);
        notAloneReason.setWrapText(true);
        notAloneReason.setAccessibleText("Why the child was not seen alone, in your words");
        notAloneReasonBox.getChildren().setAll(
                field("Why not seen alone?", notAloneCode, notAloneCodeError),
                field("In your words (required for Other)", notAloneReason, notAloneReasonError));
        bedroomSeen.setId("bedroomSeen");
        bedroomSeen.getItems().setAll(VisitChoices.BEDROOM.keySet());
        bedroomSeen.setConverter(VisitChoices.converter(VisitChoices.BEDROOM));
        bedroomSeen.setAccessibleText("Child's bedroom seen");
        bedroomSeen.setMaxWidth(Double.MAX_VALUE);
        text(childViews, "childViews", "The child's views and wishes", "In the child's words where you can");
        text(observations, "observations", "Observations", "What you saw: the home, the child, the people there");
        text(actions, "actions", "Actions", "What you will do next, and by when");
        text(notes, "notes", "Other notes", "Anything else");

        formTitle.setId("formTitle");
        formTitle.getStyleClass().add("section-title");
        formTitle.setWrapText(true);
        correct.setId("correct");
        correct.setMaxWidth(Double.MAX_VALUE);
        correct.setAccessibleText("Correct the visit selected in the list");
        cancelCorrection.setId("cancelCorrection");
        cancelCorrection.setVisible(false);
        cancelCorrection.managedProperty().bind(cancelCorrection.visibleProperty());

        save.setId("save");
        save.getStyleClass().add("primary");
        save.setMaxWidth(Double.MAX_VALUE);

        visits.setId("visits");
        visits.setPlaceholder(new Label("No visits recorded on this device yet"));
        visits.setPrefHeight(260);
        visits.setMinHeight(160);
        visits.setAccessibleText("Visits on this device");

        VBox form = new VBox(6,
                formTitle, draftNote, cancelCorrection,
                field("Child", childId, childName, childIdError),
                field("When", when, occurredAtError),
                field("Type of visit", visitType, typeError),
                seen, seenAlone, seenAloneError,
                notAloneReasonBox,
                field("Child's bedroom seen?", bedroomSeen),
                field("The child's views and wishes", childViews, childViewsError),
                field("Observations", observations, observationsError),
                field("Actions", actions, actionsError),
                field("Other notes", notes, notesError),
                new Separator(),
                section("Visits on this device"),
                visits, correct);
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

    private static void text(TextArea area, String id, String accessible, String prompt) {
        area.setId(id);
        area.setPrefRowCount(3);
        area.setWrapText(true);
        area.setPromptText(prompt);
        area.setAccessibleText(accessible);
        // Tab moves to the next field, as in every other field of the form (a TextArea would insert a tab);
        // the TextArea's own Ctrl+Tab binding does the move.
        area.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.TAB && !event.isControlDown()) {
                event.consume();
                area.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, event.isShiftDown(), true,
                        false, false));
            }
        });
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
