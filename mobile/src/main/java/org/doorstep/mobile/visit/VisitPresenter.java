package org.doorstep.mobile.visit;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import org.doorstep.mobile.status.SyncStatusLine;
import org.doorstep.mobile.store.ChildStore;
import org.doorstep.mobile.store.StoreException;
import org.doorstep.mobile.store.SyncState;
import org.doorstep.mobile.store.VisitStore;
import org.doorstep.mobile.sync.SyncScheduler;
import org.doorstep.mobile.sync.SyncStatus;
import org.doorstep.mobile.sync.SyncSummary;
import org.doorstep.protocol.ApiError;
import org.doorstep.protocol.visit.ChildSummary;

/**
 * The visit screen's behaviour: the form's rules, saving, the list, "Sync now" and the sync status line. Syncs
 * run on the scheduler's thread; what they did is shown here on the UI thread.
 */
final class VisitPresenter {
    private final VisitView view;
    private final VisitRecorder recorder;
    private final VisitStore visits;
    private final ChildStore children;
    private final SyncScheduler scheduler;
    private final Account account;
    private final Background background;
    private final Map<String, String> childNames = new LinkedHashMap<>();
    private final String childId;
    private final Runnable back;
    private final SyncStatusLine statusLine;
    private final Consumer<SyncStatus> syncListener = status -> Platform.runLater(() -> showSync(status));
    /** The last sync's summary already shown, so that each is acted on once. */
    private SyncSummary handled;
    /** "Sync now" was pressed: the next summary is written in the status. */
    private boolean asked;

    /** {@code childId}: the child the form is for (null: the worker chooses); {@code back}: to the caseload, or null. */
    VisitPresenter(VisitView view, VisitRecorder recorder, VisitStore visits, ChildStore children,
                   SyncScheduler scheduler, Account account, Background background, String childId, Runnable back) {
        this.view = view;
        this.recorder = recorder;
        this.visits = visits;
        this.children = children;
        this.scheduler = scheduler;
        this.account = account;
        this.background = background;
        this.childId = childId;
        this.back = back;
        this.statusLine = new SyncStatusLine(recorder.clock());
    }

    void start() {
        view.seenAlone.disableProperty().bind(view.seen.selectedProperty().not());
        view.seen.selectedProperty().addListener((observable, was, seen) -> {
            if (!seen) {
                view.seenAlone.setSelected(false);
            }
        });
        var reasonNeeded = view.seen.selectedProperty().and(view.seenAlone.selectedProperty().not());
        view.notAloneReasonBox.visibleProperty().bind(reasonNeeded);
        view.notAloneReasonBox.managedProperty().bind(reasonNeeded);
        view.childId.getEditor().textProperty().addListener((observable, was, text) ->
                view.childName.setText(childNames.getOrDefault(text == null ? "" : text.strip(), "")));
        view.childId.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(String id, boolean empty) {
                super.updateItem(id, empty);
                setText(empty || id == null ? null : id + "  " + childNames.getOrDefault(id, ""));
            }
        });
        view.visits.setCellFactory(list -> new VisitCell());
        view.save.setOnAction(event -> save());
        view.syncNow.setOnAction(event -> syncNow());
        view.signedInAs.setText("Signed in as " + account.signedInAs());
        view.signOut.setAccessibleText("Sign out " + account.signedInAs());
        view.signOut.setOnAction(event -> signOut());
        if (back != null) {
            view.back.setOnAction(event -> back.run());
            view.back.setVisible(true);
            view.back.setManaged(true);
        }
        view.syncStatusSlot.getChildren().setAll(statusLine.node());
        handled = scheduler.status().lastSummary();
        scheduler.addListener(syncListener);
        // The screen leaves the window (locked, signed out): stop listening.
        view.root.sceneProperty().addListener((observable, was, scene) -> {
            if (scene == null) {
                scheduler.removeListener(syncListener);
            }
        });
        clearForm();
        refresh();
        statusLine.show(scheduler.status(), pendingOrUnknown());
        view.status.setText(visits.countWaiting() == 0 ? "" : "Visits waiting to sync are kept on this device until sent.");
    }

    private void save() {
        clearErrors();
        SaveResult result;
        try {
            result = recorder.record(draft());
        } catch (StoreException e) {
            view.status.setText("Not saved: " + e.getMessage());
            return;
        }
        if (result instanceof SaveResult.Saved) {
            clearForm();
            refresh();
            statusLine.show(scheduler.status(), pendingOrUnknown());
            view.status.setText("Saved on this device. Waiting to sync.");
        } else if (result instanceof SaveResult.Invalid invalid) {
            showErrors(invalid.errors());
            view.status.setText("Not saved: check the fields marked in red.");
        }
    }

    private void syncNow() {
        asked = true;
        view.syncNow.setDisable(true);
        view.status.setText("Syncing...");
        scheduler.requestNow();
    }

    /** A change of the scheduler's status, on the UI thread. */
    private void showSync(SyncStatus status) {
        if (view.root.getScene() == null) {
            return;
        }
        statusLine.show(status, pendingOrUnknown());
        view.syncNow.setDisable(status.running());
        SyncSummary summary = status.lastSummary();
        if (status.running() || summary == null || summary == handled) {
            return;
        }
        handled = summary;
        // A revoked device leaves the screen at once; an ended sign-in only when the person asked for the sync,
        // so that a background sync never takes a half-filled form away.
        if (summary.session() == SyncSummary.Session.REVOKED_AND_WIPED
                || (asked && summary.session() == SyncSummary.Session.SIGN_IN_REQUIRED)) {
            account.toSignIn().accept(summary.describe());
            return;
        }
        refresh();
        if (asked || !summary.completed()) {
            view.status.setText(summary.describe());
        }
        asked = false;
    }

    private int pendingOrUnknown() {
        try {
            return visits.countWaiting();
        } catch (StoreException e) {
            return -1;
        }
    }

    /** Refused while visits wait to be sent: says so and puts the focus on "Sync now". */
    private void signOut() {
        view.signOut.setDisable(true);
        view.status.setText("Signing out...");
        background.run(account.signOut(), result -> {
            view.signOut.setDisable(false);
            if (result.signedOut()) {
                account.toSignIn().accept(result.message());
            } else {
                view.status.setText(result.message());
                view.syncNow.requestFocus();
            }
        }, failure -> {
            view.signOut.setDisable(false);
            view.status.setText("Not signed out: " + failure.getMessage());
        });
    }

    private VisitDraft draft() {
        return new VisitDraft(view.childId.getEditor().getText(), dateValue(), view.visitTime.getText(),
                view.seen.isSelected(), view.seenAlone.isSelected(), view.notAloneReason.getText(), view.notes.getText());
    }

    /** The picker's date, including one typed into its field and not yet committed. */
    private LocalDate dateValue() {
        String typed = view.visitDate.getEditor().getText();
        try {
            return typed == null || typed.isBlank() ? null : view.visitDate.getConverter().fromString(typed);
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    private void showErrors(List<ApiError> errors) {
        Control first = null;
        for (ApiError error : errors) {
            Label label = errorLabel(error.field());
            label.setText(label.getText().isEmpty() ? FieldMessages.text(error) : label.getText() + "\n" + FieldMessages.text(error));
            first = first != null ? first : controlFor(error.field());
        }
        if (first != null) {
            first.requestFocus();
        }
    }

    private Label errorLabel(String field) {
        return switch (field == null ? "" : field) {
            case "childId" -> view.childIdError;
            case "seen", "seenAlone" -> view.seenAloneError;
            case "notAloneReason" -> view.notAloneReasonError;
            case "notes" -> view.notesError;
            default -> view.occurredAtError; // occurredAt, recordedAt (the device clock), id
        };
    }

    private Control controlFor(String field) {
        return switch (field == null ? "" : field) {
            case "childId" -> view.childId;
            case "seen", "seenAlone" -> view.seen;
            case "notAloneReason" -> view.notAloneReason;
            case "notes" -> view.notes;
            default -> view.visitTime;
        };
    }

    private void clearErrors() {
        for (Label label : List.of(view.childIdError, view.occurredAtError, view.seenAloneError,
                view.notAloneReasonError, view.notesError)) {
            label.setText("");
        }
    }

    private void clearForm() {
        view.childId.getSelectionModel().clearSelection();
        view.childId.setValue(null);
        view.childId.getEditor().clear();
        view.visitDate.setValue(LocalDate.now(recorder.clock()));
        view.visitTime.setText(VisitRecorder.TIME.format(LocalTime.now(recorder.clock())));
        view.seen.setSelected(false);
        view.seenAlone.setSelected(false);
        view.notAloneReason.clear();
        view.notes.clear();
        if (childId != null) {
            view.childId.setValue(childId);
            view.childId.getEditor().setText(childId);
        }
    }

    private void refresh() {
        try {
            view.visits.getItems().setAll(visits.list());
            childNames.clear();
            for (ChildSummary child : children.list()) {
                childNames.put(child.id(), child.displayName() == null ? "" : child.displayName());
            }
            view.childId.getItems().setAll(childNames.keySet());
            String typed = view.childId.getEditor().getText();
            view.childName.setText(childNames.getOrDefault(typed == null ? "" : typed.strip(), ""));
            long waiting = view.visits.getItems().stream().filter(v -> v.state() == SyncState.WAITING).count();
            view.waitingCount.setText(waiting == 0 ? "All sent" : waiting + " waiting to sync");
        } catch (StoreException e) {
            view.status.setText(e.getMessage());
        }
    }
}
