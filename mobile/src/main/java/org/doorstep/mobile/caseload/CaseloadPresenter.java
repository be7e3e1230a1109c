package org.doorstep.mobile.caseload;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.doorstep.compliance.time.LondonTime;
import org.doorstep.mobile.sync.SyncSummary;
import org.doorstep.mobile.visit.Account;
import org.doorstep.mobile.visit.Background;

/**
 * The caseload screen's behaviour: loads the caseload off the UI thread, filters it as the worker types, opens
 * the visit form for a tapped child, and runs "Sync now" (then loads again). A device that never pulled syncs
 * once when the screen opens, so a first sign-in brings the caseload.
 */
final class CaseloadPresenter {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.UK);

    private final CaseloadView view;
    private final Caseload caseload;
    private final Supplier<SyncSummary> sync;
    private final Account account;
    private final Consumer<String> openChild;
    private final Background background;
    private final ObservableList<CaseloadEntry> entries = FXCollections.observableArrayList();
    private final FilteredList<CaseloadEntry> shown = new FilteredList<>(entries);
    private final ZoneId zone;

    CaseloadPresenter(CaseloadView view, Caseload caseload, Supplier<SyncSummary> sync, Account account,
                      Consumer<String> openChild, Background background) {
        this.view = view;
        this.caseload = caseload;
        this.sync = sync;
        this.account = account;
        this.openChild = openChild;
        this.background = background;
        this.zone = caseload.clock().getZone();
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
        view.signOut.setOnAction(event -> signOut());
        view.syncNow.setOnAction(event -> syncNow());
        view.placeholder.setText("Loading your caseload...");
        load(true);
    }

    private void load(boolean syncIfNeverPulled) {
        background.run(caseload::load, list -> {
            show(list);
            if (syncIfNeverPulled && list.pulledAt() == null) {
                syncNow();
            }
        }, failure -> view.status.setText("The caseload could not be read: " + failure.getMessage()));
    }

    private void show(CaseloadList list) {
        entries.setAll(list.entries());
        filter(view.search.getText());
        int count = list.entries().size();
        String policy = list.policyVersion() == null ? "the standard settings (no council policy received yet)"
                : list.policyVersion() == 0 ? "the standard settings (the council has not changed them)"
                : "the council's policy, version " + list.policyVersion();
        String pulled = list.pulledAt() == null ? "Not synced yet." : "Last synced " + WHEN.format(list.pulledAt().atZone(zone)) + ".";
        view.summary.setText(count + (count == 1 ? " child" : " children") + ". Due dates use " + policy + ". " + pulled);
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
        view.syncNow.setDisable(true);
        view.status.setText("Syncing...");
        background.run(sync, summary -> {
            view.syncNow.setDisable(false);
            if (summary.session() == SyncSummary.Session.SIGN_IN_REQUIRED
                    || summary.session() == SyncSummary.Session.REVOKED_AND_WIPED) {
                account.toSignIn().accept(summary.describe());
                return;
            }
            view.status.setText(summary.describe());
            load(false);
        }, failure -> {
            view.syncNow.setDisable(false);
            view.status.setText("Sync failed: " + failure.getMessage());
        });
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
