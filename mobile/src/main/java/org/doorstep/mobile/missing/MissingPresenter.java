package org.doorstep.mobile.missing;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.IntSupplier;
import javafx.application.Platform;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import org.doorstep.mobile.caseload.Caseload;
import org.doorstep.mobile.caseload.CaseloadEntry;
import org.doorstep.mobile.pull.CaseloadSnapshot;
import org.doorstep.mobile.pull.CaseloadStore;
import org.doorstep.mobile.status.SyncStatusLine;
import org.doorstep.mobile.store.LocalMissing;
import org.doorstep.mobile.store.MissingStore;
import org.doorstep.mobile.store.StoreException;
import org.doorstep.mobile.store.SyncState;
import org.doorstep.mobile.sync.SyncScheduler;
import org.doorstep.mobile.sync.SyncStatus;
import org.doorstep.protocol.ApiError;
import org.doorstep.protocol.missing.MissingEpisode;
import org.doorstep.protocol.missing.ReturnInterview;

/**
 * The missing and return screen's behaviour: lists the child's episodes (the device's version over the server's),
 * fills the forms from the one selected, saves, and shows the return interview clock worked out by the caseload
 * (the {@code compliance} module's rule and the council's pulled policy, the device's unsent records included).
 */
final class MissingPresenter {
    private final MissingView view;
    private final MissingRecorder recorder;
    private final MissingStore store;
    private final CaseloadStore pulled;
    private final Caseload caseload;
    private final SyncScheduler scheduler;
    private final String childId;
    private final ZoneId zone;
    private final SyncStatusLine statusLine;
    private final Consumer<SyncStatus> syncListener = status -> Platform.runLater(() -> showSync(status));
    /** The episode the forms are about, or null for a new one. */
    private EpisodeItem selected;
    private final IntSupplier waiting;

    /** {@code waiting}: how many records of every kind wait to be sent, for the status line. */
    MissingPresenter(MissingView view, MissingRecorder recorder, MissingStore store, CaseloadStore pulled,
                     Caseload caseload, SyncScheduler scheduler, String childId, IntSupplier waiting) {
        this.view = view;
        this.waiting = waiting;
        this.recorder = recorder;
        this.store = store;
        this.pulled = pulled;
        this.caseload = caseload;
        this.scheduler = scheduler;
        this.childId = childId;
        this.zone = recorder.clock().getZone();
        this.statusLine = new SyncStatusLine(recorder.clock());
    }

    void start(Runnable back, Runnable toVisits) {
        view.back.setOnAction(event -> back.run());
        view.toVisits.setOnAction(event -> toVisits.run());
        view.episodes.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(EpisodeItem item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.describe(zone));
                setWrapText(true);
                setPrefWidth(0); // wrap within the list's width instead of scrolling sideways
            }
        });
        view.episodes.getSelectionModel().selectedItemProperty().addListener((o, was, item) -> {
            if (item != null) {
                select(item);
            }
        });
        view.newEpisode.setOnAction(event -> {
            view.episodes.getSelectionModel().clearSelection();
            select(null);
        });
        view.returnedNow.setOnAction(event -> view.returned.setNow(recorder.clock()));
        view.outcome.valueProperty().addListener((o, was, now) -> showOutcomeFields(now));
        view.saveEpisode.setOnAction(event -> saveEpisode());
        view.saveInterview.setOnAction(event -> saveInterview());
        view.syncNow.setOnAction(event -> {
            view.syncNow.setDisable(true);
            scheduler.requestNow();
        });
        view.syncStatusSlot.getChildren().setAll(statusLine.node());
        scheduler.addListener(syncListener);
        view.root.sceneProperty().addListener((o, was, scene) -> {
            if (scene == null) {
                scheduler.removeListener(syncListener);
            }
        });
        refresh();
        select(view.episodes.getItems().isEmpty() ? null : view.episodes.getItems().get(0));
        if (!view.episodes.getItems().isEmpty()) {
            view.episodes.getSelectionModel().select(0);
        }
        statusLine.show(scheduler.status(), pending());
    }

    private void showSync(SyncStatus status) {
        if (view.root.getScene() == null) {
            return;
        }
        statusLine.show(status, pending());
        view.syncNow.setDisable(status.running());
        if (!status.running()) {
            UUID keep = selected == null ? null : selected.episode().id();
            refresh();
            reselect(keep);
            if (status.lastSummary() != null && !status.lastSummary().completed()) {
                view.status.setText(status.lastSummary().describe());
            }
        }
    }

    private int pending() {
        try {
            return waiting.getAsInt();
        } catch (StoreException e) {
            return -1;
        }
    }

    /** Reads the child's episodes and the interview clock again. */
    private void refresh() {
        try {
            CaseloadSnapshot.ChildFile file = pulled.snapshot().children().stream()
                    .filter(f -> f.child().id().equals(childId)).findFirst().orElse(null);
            view.child.setText(file == null ? childId : file.child().displayName() + " (" + childId + ")");
            view.episodes.getItems().setAll(items(file));
            view.returnClock.setText(clockText());
        } catch (StoreException e) {
            view.status.setText(e.getMessage());
        }
    }

    private String clockText() {
        CaseloadEntry entry = caseload.load().entries().stream().filter(e -> e.childId().equals(childId))
                .findFirst().orElse(null);
        if (entry == null || entry.returnClock() == null) {
            return "No return interview due";
        }
        return entry.returnClock().describe(zone);
    }

    private List<EpisodeItem> items(CaseloadSnapshot.ChildFile file) {
        Map<UUID, MissingEpisode> episodes = new LinkedHashMap<>();
        Map<UUID, ReturnInterview> interviews = new LinkedHashMap<>();
        if (file != null) {
            file.missingEpisodes().forEach(e -> episodes.put(e.id(), e));
            file.interviews().forEach(i -> interviews.put(i.id(), i));
        }
        Map<UUID, LocalMissing> own = new LinkedHashMap<>();
        for (LocalMissing local : store.list()) {
            if (!local.childId().equals(childId)) {
                continue;
            }
            own.put(local.id(), local);
            if (local.episode() != null) {
                episodes.put(local.id(), local.episode());
            } else {
                interviews.put(local.id(), local.interview());
            }
        }
        List<EpisodeItem> items = new ArrayList<>();
        for (MissingEpisode episode : episodes.values()) {
            ReturnInterview latest = interviews.values().stream().filter(i -> episode.id().equals(i.episodeId()))
                    .max(Comparator.comparing(ReturnInterview::recordedAt)).orElse(null);
            items.add(new EpisodeItem(episode, own.get(episode.id()), latest, latest == null ? null : own.get(latest.id())));
        }
        items.sort(Comparator.comparing((EpisodeItem i) -> i.episode().wentMissingAt()).reversed());
        return items;
    }

    private void reselect(UUID episodeId) {
        for (EpisodeItem item : view.episodes.getItems()) {
            if (item.episode().id().equals(episodeId)) {
                view.episodes.getSelectionModel().select(item);
                select(item);
                return;
            }
        }
    }

    /** Fills both forms from {@code item} (null: a new episode, the interview form off until it is saved). */
    private void select(EpisodeItem item) {
        selected = item;
        clearErrors();
        if (item == null) {
            view.episodeTitle.setText("Record a missing episode");
            view.went.setNow(recorder.clock());
            view.returned.clear();
            view.policeReference.clear();
            view.episodeNotes.clear();
            view.interviewBox.setDisable(true);
            fillInterview(null);
            return;
        }
        MissingEpisode episode = item.episode();
        view.episodeTitle.setText(episode.returnedAt() == null ? "Record the return" : "The episode");
        view.went.set(episode.wentMissingAt(), zone);
        view.returned.set(episode.returnedAt(), zone);
        view.policeReference.setText(episode.policeReference());
        view.episodeNotes.setText(episode.notes());
        view.interviewBox.setDisable(false);
        fillInterview(item.interview());
        showRejection(item.local());
        showRejection(item.localInterview());
    }

    /** The server's reason for refusing {@code record}, next to the field it names, to be fixed and saved again. */
    private void showRejection(LocalMissing record) {
        if (record == null || record.state() != SyncState.REJECTED || record.rejection() == null) {
            return;
        }
        String field = record.rejection().field();
        // The server names the field under its record: "episode.returnedAt", "interview.completedAt".
        Label label = errorLabel(field == null ? null : field.substring(field.indexOf('.') + 1));
        label.setText("Not accepted by the server: " + record.rejection().message() + " Fix it and save again.");
    }

    private void fillInterview(ReturnInterview interview) {
        if (interview == null) {
            view.outcome.setValue(InterviewOutcomes.OFFERED);
            view.offered.setNow(recorder.clock());
            view.held.clear();
            for (var field : List.of(view.interviewerRole, view.childAccount, view.pushFactors, view.pullFactors,
                    view.risksIdentified, view.followUp, view.notRequiredReason)) {
                field.clear();
            }
            showOutcomeFields(InterviewOutcomes.OFFERED);
            return;
        }
        view.outcome.setValue(InterviewOutcomes.fromProtocol(interview.outcome()));
        view.offered.set(interview.offeredAt(), zone);
        view.held.set(interview.completedAt() != null ? interview.completedAt() : interview.declinedAt(), zone);
        view.interviewerRole.setText(interview.interviewerRole());
        view.childAccount.setText(interview.childAccount());
        view.pushFactors.setText(interview.pushFactors());
        view.pullFactors.setText(interview.pullFactors());
        view.risksIdentified.setText(interview.risksIdentified());
        view.followUp.setText(interview.followUp());
        view.notRequiredReason.setText(interview.notRequiredReason());
        showOutcomeFields(view.outcome.getValue());
    }

    private void showOutcomeFields(String choice) {
        boolean completed = ReturnInterview.COMPLETED.equals(choice);
        boolean declined = ReturnInterview.DECLINED.equals(choice);
        boolean notRequired = ReturnInterview.NOT_REQUIRED.equals(choice);
        view.heldLabel.setText(declined ? "When the child declined" : "When it was held");
        show(view.heldBox, completed || declined);
        show(view.completedBox, completed);
        show(view.notRequiredBox, notRequired);
    }

    private static void show(javafx.scene.Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }

    private void saveEpisode() {
        clearErrors();
        MissingRecorder.Result result;
        try {
            result = recorder.saveEpisode(new EpisodeForm(selected == null ? null : selected.episode().id(), childId,
                    view.went.dateValue(), view.went.time.getText(), view.returned.dateValue(),
                    view.returned.time.getText(), view.policeReference.getText(), view.episodeNotes.getText()));
        } catch (StoreException | IllegalArgumentException e) {
            view.status.setText("Not saved: " + e.getMessage());
            return;
        }
        after(result, "Episode saved on this device. Waiting to sync.");
    }

    private void saveInterview() {
        clearErrors();
        if (selected == null) {
            view.status.setText("Save the missing episode first.");
            return;
        }
        ReturnInterview current = selected.interview();
        MissingRecorder.Result result;
        try {
            result = recorder.saveInterview(new InterviewForm(current == null ? null : current.id(),
                    selected.episode().id(), childId, InterviewOutcomes.toProtocol(view.outcome.getValue()),
                    view.offered.dateValue(), view.offered.time.getText(), view.held.dateValue(), view.held.time.getText(),
                    view.interviewerRole.getText(), view.childAccount.getText(), view.pushFactors.getText(),
                    view.pullFactors.getText(), view.risksIdentified.getText(),
                    view.followUp.getText(), view.notRequiredReason.getText()));
        } catch (StoreException | IllegalArgumentException e) {
            view.status.setText("Not saved: " + e.getMessage());
            return;
        }
        after(result, "Interview saved on this device. Waiting to sync.");
    }

    private void after(MissingRecorder.Result result, String saved) {
        if (result instanceof MissingRecorder.Saved done) {
            UUID episodeId = done.record().episode() != null ? done.record().id() : done.record().interview().episodeId();
            refresh();
            reselect(episodeId);
            statusLine.show(scheduler.status(), pending());
            view.status.setText(saved);
        } else if (result instanceof MissingRecorder.Invalid invalid) {
            Control first = null;
            for (ApiError error : invalid.errors()) {
                Label label = errorLabel(error.field());
                label.setText(label.getText().isEmpty() ? error.message() : label.getText() + "\n" + error.message());
                first = first != null ? first : controlFor(error.field());
            }
            if (first != null) {
                first.requestFocus();
            }
            view.status.setText("Not saved: check the fields marked in red.");
        }
    }

    private Label errorLabel(String field) {
        return switch (field == null ? "" : field) {
            case "wentMissingAt" -> view.wentMissingAtError;
            case "returnedAt" -> view.returnedAtError;
            case "policeReference" -> view.policeReferenceError;
            case "notes" -> view.episodeNotesError;
            case "outcome" -> view.outcomeError;
            case "offeredAt" -> view.offeredAtError;
            case "completedAt", "declinedAt" -> view.heldAtError;
            case "notRequiredReason" -> view.notRequiredReasonError;
            default -> view.interviewError; // the interview's texts (too long), its episode
        };
    }

    private Control controlFor(String field) {
        return switch (field == null ? "" : field) {
            case "wentMissingAt" -> view.went.time;
            case "returnedAt" -> view.returned.time;
            case "policeReference" -> view.policeReference;
            case "notes" -> view.episodeNotes;
            case "outcome" -> view.outcome;
            case "offeredAt" -> view.offered.time;
            case "completedAt", "declinedAt" -> view.held.time;
            case "notRequiredReason" -> view.notRequiredReason;
            default -> null;
        };
    }

    private void clearErrors() {
        for (Label label : List.of(view.wentMissingAtError, view.returnedAtError, view.policeReferenceError,
                view.episodeNotesError, view.outcomeError, view.offeredAtError, view.heldAtError, view.interviewError,
                view.notRequiredReasonError)) {
            label.setText("");
        }
    }
}
