package org.doorstep.mobile.status;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Objects;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.doorstep.mobile.sync.SyncStatus;

/**
 * The sync status line: the words of {@link SyncStatusText} and, while a sync runs, a progress bar. A node
 * any screen can place; {@link #show} is called on the UI thread.
 */
public final class SyncStatusLine {
    private final VBox root = new VBox(4);
    private final Label text = new Label();
    private final ProgressBar progress = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
    private final Clock clock;

    /** {@code clock}'s zone is the one times are shown in. */
    public SyncStatusLine(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        text.setId("syncStatus");
        text.getStyleClass().add("hint");
        text.setWrapText(true);
        text.setAccessibleRole(AccessibleRole.TEXT);
        progress.setId("syncProgress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.setPrefHeight(6);
        progress.setAccessibleText("Syncing");
        progress.setVisible(false);
        progress.managedProperty().bind(progress.visibleProperty());
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox line = new HBox(8, text);
        line.setAlignment(Pos.CENTER_LEFT);
        root.getChildren().addAll(progress, line);
        root.getStyleClass().add("sync-status");
    }

    public VBox node() {
        return root;
    }

    /** Shows {@code status} with {@code pending} visits waiting (negative: not known). */
    public void show(SyncStatus status, int pending) {
        text.setText(SyncStatusText.describe(status, pending, ZonedDateTime.now(clock)));
        progress.setVisible(status.running());
    }
}
