package org.doorstep.mobile.visit;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;
import javafx.animation.PauseTransition;
import javafx.beans.Observable;
import javafx.util.Duration;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import org.doorstep.mobile.store.ChildStore;
import org.doorstep.mobile.store.LocalVisit;
import org.doorstep.mobile.store.StoreException;
import org.doorstep.mobile.store.SyncState;
import org.doorstep.mobile.store.VisitStore;
import org.doorstep.mobile.sync.SyncScheduler;
import org.doorstep.protocol.ApiError;
import org.doorstep.protocol.visit.ChildSummary;

/**
 * The visit screen's behaviour: the form's rules, saving, the list, "Sync now" and the sync status line. Syncs
 * run on the scheduler's thread; what they did is shown here on the UI thread.
 */
final class VisitPresenter {
    /** How long typing must pause before the draft is written. */
    static final Duration DRAFT_DELAY = Duration.millis(400);

    private final VisitView view;
    private final VisitDrafts drafts;
    private final PauseTransition draftTimer = new PauseTransition(DRAFT_DELAY);
    /** The form is being filled by the app (cleared, restored): not a change to keep as a draft. */
    private boolean filling;
    private final VisitFormFields fields;
    /** The visit being corrected, or null for a new visit. */
    private LocalVisit correcting;
    private final VisitRecorder recorder;
    private final VisitStore visits;
    private final ChildStore children;
    private final Background background;
    private final Map<String, String> childNames = new LinkedHashMap<>();
    private final String childId;
    private final Runnable back;
    private final Account account;
    /** The status line, "Sync now" and "Sign out"; the list is read again after every sync. */
    private final SyncControls sync;

    /** {@code childId}: the child the form is for (null: the worker chooses); {@code back}: to the caseload, or null. */
    VisitPresenter(VisitView view, VisitRecorder recorder, VisitStore visits, ChildStore children,
                   SyncScheduler scheduler, Account account, Background background, String childId, Runnable back,
                   VisitDrafts drafts, IntSupplier waiting) {
        this.view = view;
        this.drafts = drafts;
        this.fields = new VisitFormFields(view);
        this.recorder = recorder;
        this.visits = visits;
        this.children = children;
        this.account = account;
        this.background = background;
        this.childId = childId;
        this.back = back;
        this.sync = new SyncControls(new SyncControls.Parts(view.root, view.syncStatusSlot, view.status, view.syncNow,
                view.signOut), scheduler, account, background, waiting, recorder.clock(), this::refresh);
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
        view.correct.disableProperty().bind(view.visits.getSelectionModel().selectedItemProperty().isNull());
        view.correct.setOnAction(event -> startCorrection(view.visits.getSelectionModel().getSelectedItem()));
        view.cancelCorrection.setOnAction(event -> cancelCorrection());
        draftTimer.setOnFinished(event -> saveDraft());
        for (Observable field : List.<Observable>of(view.childId.getEditor().textProperty(), view.visitDate.valueProperty(),
                view.visitDate.getEditor().textProperty(), view.visitTime.textProperty(), view.visitType.valueProperty(),
                view.seen.selectedProperty(), view.seenAlone.selectedProperty(), view.notAloneCode.valueProperty(),
                view.notAloneReason.textProperty(), view.bedroomSeen.valueProperty(), view.childViews.textProperty(),
                view.observations.textProperty(), view.actions.textProperty(), view.notes.textProperty())) {
            field.addListener(changed -> {
                if (!filling) {
                    draftTimer.playFromStart();
                }
            });
        }
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
        view.signedInAs.setText("Signed in as " + account.signedInAs());
        if (back != null) {
            view.back.setOnAction(event -> back.run());
            view.back.setVisible(true);
            view.back.setManaged(true);
        }
        sync.start();
        clearForm();
        restoreDraft(VisitDrafts.newVisitKey(childId));
        refresh();
        sync.refreshStatusLine();
        view.status.setText(visits.countWaiting() == 0 ? "" : "Visits waiting to sync are kept on this device until sent.");
    }

    private void save() {
        fields.clearErrors();
        draftTimer.stop();
        SaveResult result;
        String key = draftKey();
        try {
            result = correcting == null ? recorder.record(draft()) : recorder.correct(correcting, draft());
        } catch (StoreException | IllegalArgumentException e) {
            view.status.setText("Not saved: " + e.getMessage());
            return;
        }
        if (result instanceof SaveResult.Saved) {
            boolean correction = correcting != null;
            forgetDraft(key);
            endCorrection();
            clearForm();
            refresh();
            sync.refreshStatusLine();
            view.status.setText(correction ? "Correction saved on this device as a new version. Waiting to sync."
                    : "Saved on this device. Waiting to sync.");
        } else if (result instanceof SaveResult.Invalid invalid) {
            showErrors(invalid.errors());
            view.status.setText("Not saved: check the fields marked in red.");
        }
    }

    private VisitDraft draft() {
        return fields.read();
    }

    /** Fills the form with {@code draft}, without taking it for a change to keep. */
    private void fill(VisitDraft draft) {
        filling = true;
        try {
            fields.fill(draft);
        } finally {
            filling = false;
        }
    }

    private String draftKey() {
        return correcting != null ? VisitDrafts.correctionKey(correcting.visit().id()) : VisitDrafts.newVisitKey(childId);
    }

    /** Writes the form as typed to the encrypted store, so that it survives the app being killed. */
    private void saveDraft() {
        try {
            drafts.save(draftKey(), draft());
        } catch (StoreException e) {
            view.status.setText("Your typing could not be kept as a draft: " + e.getMessage());
        }
    }

    private void forgetDraft(String key) {
        try {
            drafts.delete(key);
        } catch (StoreException e) {
            view.status.setText("The draft could not be removed: " + e.getMessage());
        }
    }

    /** Restores the draft kept under {@code key}; true when there was one. */
    private boolean restoreDraft(String key) {
        try {
            var draft = drafts.find(key);
            if (draft.isEmpty()) {
                view.draftNote.setText("");
                return false;
            }
            fill(draft.get());
            view.draftNote.setText("Restored what you had typed before (kept as a draft on this device; not sent).");
            return true;
        } catch (StoreException e) {
            view.status.setText("The draft could not be read: " + e.getMessage());
            return false;
        }
    }

    /** Opens {@code visit} in the form to correct it (or fix it, when the server rejected it). */
    private void startCorrection(LocalVisit visit) {
        if (visit == null) {
            return;
        }
        draftTimer.stop();
        if (correcting == null && !filling) {
            saveDraft(); // the new visit in progress stays as its draft
        }
        fields.clearErrors();
        correcting = visit;
        if (!restoreDraft(VisitDrafts.correctionKey(visit.visit().id()))) {
            fill(VisitRecorder.draftOf(visit.visit(), recorder.clock().getZone()));
        }
        view.childId.setDisable(true);
        String when = VisitCell.WHEN.format(visit.visit().occurredAt());
        view.formTitle.setText(visit.rejection() != null
                ? "Fix the visit of " + when + " and send it again"
                : "Correct the visit of " + when);
        view.save.setText("Save correction");
        view.cancelCorrection.setVisible(true);
        view.status.setText(visit.rejection() != null ? "The server's reason: " + visit.rejection().message()
                : "A correction is saved as a new version; the visit as first recorded stays on the server.");
        view.visitTime.requestFocus();
    }

    /** Leaves the correction without saving it (its draft is forgotten), back to the new visit form. */
    private void cancelCorrection() {
        draftTimer.stop();
        if (correcting != null) {
            forgetDraft(VisitDrafts.correctionKey(correcting.visit().id()));
        }
        endCorrection();
        fields.clearErrors();
        clearForm();
        restoreDraft(VisitDrafts.newVisitKey(childId));
        view.status.setText("Correction cancelled; nothing was changed.");
    }

    private void endCorrection() {
        correcting = null;
        view.childId.setDisable(false);
        view.formTitle.setText("Record a visit");
        view.save.setText("Save visit");
        view.cancelCorrection.setVisible(false);
        view.draftNote.setText("");
    }

    private void showErrors(List<ApiError> errors) {
        Control first = null;
        for (ApiError error : errors) {
            Label label = fields.errorLabel(error.field());
            label.setText(label.getText().isEmpty() ? FieldMessages.text(error) : label.getText() + "\n" + FieldMessages.text(error));
            first = first != null ? first : fields.controlFor(error.field());
        }
        if (first != null) {
            first.requestFocus();
        }
    }

    /** An empty form for a new visit: now, statutory, the form's child. */
    private void clearForm() {
        view.childId.getSelectionModel().clearSelection();
        fill(new VisitDraft(childId, LocalDate.now(recorder.clock()), VisitRecorder.TIME.format(LocalTime.now(recorder.clock())),
                org.doorstep.protocol.visit.Visit.STATUTORY, false, false, null, null, null, null, null, null, null));
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
