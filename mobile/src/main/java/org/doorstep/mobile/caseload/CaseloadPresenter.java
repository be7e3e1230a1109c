package org.doorstep.mobile.caseload;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.IntSupplier;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.doorstep.compliance.time.LondonTime;
import org.doorstep.mobile.sync.SyncScheduler;
import org.doorstep.mobile.visit.Account;
import org.doorstep.mobile.visit.Background;
import org.doorstep.mobile.visit.SyncControls;

/**
 * The caseload screen's behaviour: loads the caseload off the UI thread, filters it as the worker types, opens
 * the visit form for a tapped child, shows the sync status line, and asks the scheduler for a sync on "Sync
 * now". The caseload is read again after every sync the scheduler runs (on its own or asked), so a pull shows at
 * once; the app asks for the first sync when it is unlocked (see {@code AppShell}).
 */
final class CaseloadPresenter {
    private final CaseloadView view;
    private final Caseload caseload;
    private final Account account;
    private final Consumer<String> openChild;
    private final Background background;
    private final ObservableList<CaseloadEntry> entries = FXCollections.observableArrayList();
    private final FilteredList<CaseloadEntry> shown = new FilteredList<>(entries);
    private final ZoneId zone;
    /** The status line, "Sync now" and "Sign out"; the caseload is read again after every sync. */
    private final SyncControls sync;

    CaseloadPresenter(CaseloadView view, Caseload caseload, SyncScheduler scheduler, IntSupplier waiting,
                      Account account, Consumer<String> openChild, Background background) {
        this.view = view;
        this.caseload = caseload;
        this.account = account;
        this.openChild = openChild;
        this.background = background;
        this.zone = caseload.clock().getZone();
        this.sync = new SyncControls(new SyncControls.Parts(view.root, view.syncStatusSlot, view.status, view.syncNow,
                view.signOut), scheduler, account, background, waiting, caseload.clock(), this::load);
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
        if (account.changePin() != null) {
            view.changePin.setOnAction(event -> account.changePin().run());
            view.changePin.setVisible(true);
        }
        view.placeholder.setText("Loading your caseload...");
        sync.start();
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
}
