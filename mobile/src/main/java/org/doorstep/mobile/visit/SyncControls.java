package org.doorstep.mobile.visit;

import java.time.Clock;
import java.util.function.Consumer;
import java.util.function.IntSupplier;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import org.doorstep.mobile.status.SyncStatusLine;
import org.doorstep.mobile.store.StoreException;
import org.doorstep.mobile.sync.SyncScheduler;
import org.doorstep.mobile.sync.SyncStatus;
import org.doorstep.mobile.sync.SyncSummary;

/**
 * What the caseload and the visit form share about syncing and signing out: the sync status line, "Sync now",
 * each finished sync acted on once, and "Sign out" (refused while records wait: the focus goes to "Sync now").
 * A revoked device leaves the screen at once; an ended sign-in only when the person asked for the sync, so that
 * a background sync never takes a half-filled form away.
 */
public final class SyncControls {
    /**
     * The screen's parts these controls drive.
     *
     * @param root       the screen: listening stops when it leaves the window
     * @param statusSlot where the status line goes
     * @param status     the screen's message line
     */
    public record Parts(Parent root, Pane statusSlot, Label status, Button syncNow, Button signOut) {
    }

    private final Parts parts;
    private final SyncScheduler scheduler;
    private final Account account;
    private final Background background;
    private final IntSupplier waiting;
    private final Runnable afterSync;
    private final SyncStatusLine statusLine;
    private final Consumer<SyncStatus> syncListener = status -> Platform.runLater(() -> show(status));
    /** The last sync's summary already shown, so that each is acted on once. */
    private SyncSummary handled;
    /** "Sync now" was pressed: the next summary is written in the status. */
    private boolean asked;

    /**
     * @param waiting   how many records of every kind wait to be sent (may throw {@link StoreException})
     * @param afterSync reads the screen's data again after a sync (a pull may have brought something)
     */
    public SyncControls(Parts parts, SyncScheduler scheduler, Account account, Background background,
                        IntSupplier waiting, Clock clock, Runnable afterSync) {
        this.parts = parts;
        this.scheduler = scheduler;
        this.account = account;
        this.background = background;
        this.waiting = waiting;
        this.afterSync = afterSync;
        this.statusLine = new SyncStatusLine(clock);
    }

    /** Wires the buttons and starts listening to the scheduler until the screen leaves the window. */
    public void start() {
        parts.syncNow().setOnAction(event -> syncNow());
        parts.signOut().setAccessibleText("Sign out " + account.signedInAs());
        parts.signOut().setOnAction(event -> signOut());
        parts.statusSlot().getChildren().setAll(statusLine.node());
        handled = scheduler.status().lastSummary();
        scheduler.addListener(syncListener);
        parts.root().sceneProperty().addListener((observable, was, scene) -> {
            if (scene == null) {
                scheduler.removeListener(syncListener);
            }
        });
        refreshStatusLine();
    }

    /** Shows the status line again (a record was saved, say). */
    public void refreshStatusLine() {
        statusLine.show(scheduler.status(), pendingOrUnknown());
        parts.syncNow().setDisable(scheduler.status().running());
    }

    private void syncNow() {
        asked = true;
        parts.syncNow().setDisable(true);
        parts.status().setText("Syncing...");
        scheduler.requestNow();
    }

    /** A change of the scheduler's status, on the UI thread. */
    private void show(SyncStatus status) {
        if (parts.root().getScene() == null) {
            return;
        }
        statusLine.show(status, pendingOrUnknown());
        parts.syncNow().setDisable(status.running());
        SyncSummary summary = status.lastSummary();
        if (status.running() || summary == null || summary == handled) {
            return;
        }
        handled = summary;
        if (summary.session() == SyncSummary.Session.REVOKED_AND_WIPED
                || (asked && summary.session() == SyncSummary.Session.SIGN_IN_REQUIRED)) {
            account.toSignIn().accept(summary.describe());
            return;
        }
        afterSync.run();
        if (asked || !summary.completed()) {
            parts.status().setText(summary.describe());
        }
        asked = false;
    }

    private int pendingOrUnknown() {
        try {
            return waiting.getAsInt();
        } catch (StoreException e) {
            return -1;
        }
    }

    private void signOut() {
        parts.signOut().setDisable(true);
        parts.status().setText("Signing out...");
        background.run(account.signOut(), result -> {
            parts.signOut().setDisable(false);
            if (result.signedOut()) {
                account.toSignIn().accept(result.message());
            } else {
                parts.status().setText(result.message());
                parts.syncNow().requestFocus();
            }
        }, failure -> {
            parts.signOut().setDisable(false);
            parts.status().setText("Not signed out: " + failure.getMessage());
        });
    }
}
