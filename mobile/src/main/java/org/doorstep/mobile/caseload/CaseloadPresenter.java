package org.doorstep.mobile.caseload;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.IntSupplier;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.doorstep.compliance.time.LondonTime;
import org.doorstep.mobile.status.SyncStatusLine;
import org.doorstep.mobile.store.StoreException;
import org.doorstep.mobile.sync.SyncScheduler;
import org.doorstep.mobile.sync.SyncStatus;
import org.doorstep.mobile.sync.SyncSummary;
import org.doorstep.mobile.visit.Account;
import org.doorstep.mobile.visit.Background;

/**
 * The caseload screen's behaviour: loads the caseload off the UI thread, filters it as the worker types, opens
 * the visit form for a tapped child, shows the sync status line, and asks the scheduler for a sync on "Sync
 * now". The caseload is read again after every sync the scheduler runs (on its own or asked), so a pull shows at
 * once; the app asks for the first sync when it is unlocked (see {@code AppShell}).
 */
final class CaseloadPresenter {
    private final CaseloadView view;
    private final Caseload caseload;
    private final SyncScheduler scheduler;
    private final IntSupplier waiting;
    private final Account account;
    private final Consumer<String> openChild;
    private final Background background;
    private final ObservableList<CaseloadEntry> entries = FXCollections.observableArrayList();
    private final FilteredList<CaseloadEntry> shown = new FilteredList<>(entries);
    private final ZoneId zone;
    private final SyncStatusLine statusLine;
    private final Consumer<SyncStatus> syncListener = status -> Platform.runLater(() -> showSync(status));
    /** The last sync's summary already shown, so that each is acted on once. */
    private SyncSummary handled;
    /** "Sync now" was pressed: the next summary is written in the status. */
    private boolean asked;

    CaseloadPresenter(CaseloadView view, Caseload caseload, SyncScheduler scheduler, IntSupplier waiting,
                      Account account, Consumer<String> openChild, Background background) {
        this.view = view;
        this.caseload = caseload;
        this.scheduler = scheduler;
        this.waiting = waiting;
        this.account = account;
        this.openChild = openChild;
        this.background = background;
        this.zone = caseload.clock().getZone();
        this.statusLine = new SyncStatusLine(caseload.clock());
    }

    void start() {
        LocalDate today = LondonTime.dateOf(caseload.clock().instant());
        view.children.setItems(shown);
        view.children.setCellFactory(list -> new CaseloadCell(today, zone, entry -> openChild.accept(entry.childId())));
        view.children.setOnKeyPressed(event -> {
            CaseloadEntry selected = view.children.getSelectionModel().getSelectedItem();
            if (event.getCode() == javafx.scene.input.KeyCode.ENTER && selected != null) {
                openChild.accept(selected.childId());
            }
        });
        view.search.textProperty().addListener((observable, was, text) -> filter(text));
        view.signedInAs.setText("Signed in as " + account.signedInAs());
        view.signOut.setAccessibleText("Sign out " + account.signedInAs());
        if (account.changePin() != null) {
            view.changePin.setOnAction(event -> account.changePin().run());
            view.changePin.setVisible(true);
        }
        view.signOut.setOnAction(event -> signOut());
        view.syncNow.setOnAction(event -> syncNow());
        view.placeholder.setText("Loading your caseload...");
        view.syncStatusSlot.getChildren().setAll(statusLine.node());
        handled = scheduler.status().lastSummary();
        scheduler.addListener(syncListener);
        // The screen leaves the window (a child opened, locked, signed out): stop listening.
        view.root.sceneProperty().addListener((observable, was, scene) -> {
            if (scene == null) {
                scheduler.removeListener(syncListener);
            }
        });
        statusLine.show(scheduler.status(), pendingOrUnknown());
        view.syncNow.setDisable(scheduler.status().running());
        load();
    }

    private void load() {
        background.run(caseload::load, this::show,
                failure -> view.status.setText("The caseload could not be read: " + failure.getMessage()));
    }

    private void show(CaseloadList list) {
        entries.setAll(list.entries());
        filter(view.search.getText());
        int count = list.entries().size();
        String policy = list.policyVersion() == null ? "the standard settings (no council policy received yet)"
                : list.policyVersion() == 0 ? "the standard settings (the council has not changed them)"
                : "the council's policy, version " + list.policyVersion();
        // When the device last synced is on the status line below.
        view.summary.setText(count + (count == 1 ? " child" : " children") + ". Due dates use " + policy + ".");
    }

    private void filter(String text) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.UK);
        shown.setPredicate(entry -> wanted.isEmpty() || entry.name().toLowerCase(Locale.UK).contains(wanted)
                || entry.childId().toLowerCase(Locale.UK).contains(wanted));
        view.placeholder.setText(entries.isEmpty()
                ? "No children on this device yet. Press Sync now to fetch your caseload."
                : "No child matches \u201c" + text.strip() + "\u201d.");
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
        // A revoked device leaves the screen at once; an ended sign-in only when the person asked for the sync
        // (the caseload still works on the device's data, and the form's rule is the same).
        if (summary.session() == SyncSummary.Session.REVOKED_AND_WIPED
                || (asked && summary.session() == SyncSummary.Session.SIGN_IN_REQUIRED)) {
            account.toSignIn().accept(summary.describe());
            return;
        }
        if (asked || !summary.completed()) {
            view.status.setText(summary.describe());
        }
        asked = false;
        load(); // A pull may have brought children, records or a policy, even one that stopped part-way.
    }

    private int pendingOrUnknown() {
        try {
            return waiting.getAsInt();
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
}
