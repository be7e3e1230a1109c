package org.doorstep.mobile.missing;

import java.util.Objects;
import java.util.function.IntSupplier;
import javafx.scene.Parent;
import org.doorstep.mobile.caseload.Caseload;
import org.doorstep.mobile.pull.CaseloadStore;
import org.doorstep.mobile.store.MissingStore;
import org.doorstep.mobile.sync.SyncScheduler;

/** Builds the missing and return screen for one child. */
public final class MissingScreen {
    /** The visit screen's stylesheet: the same look. */
    private static final String STYLESHEET = "/org/doorstep/mobile/visit/visit.css";

    private MissingScreen() {
    }

    /** {@code back}: to the caseload; {@code toVisits}: the child's visit form. */
    public static Parent create(MissingRecorder recorder, MissingStore store, CaseloadStore pulled, Caseload caseload,
                                SyncScheduler scheduler, String childId, Runnable back, Runnable toVisits) {
        return create(recorder, store, pulled, caseload, scheduler, childId, back, toVisits, store::countWaiting);
    }

    /** As above; the status line counts {@code waiting} (every kind of record waiting to be sent). */
    public static Parent create(MissingRecorder recorder, MissingStore store, CaseloadStore pulled, Caseload caseload,
                                SyncScheduler scheduler, String childId, Runnable back, Runnable toVisits,
                                IntSupplier waiting) {
        MissingView view = new MissingView();
        new MissingPresenter(view, recorder, store, pulled, caseload, scheduler, childId, waiting).start(back, toVisits);
        view.root.getStylesheets().add(Objects.requireNonNull(MissingScreen.class.getResource(STYLESHEET), STYLESHEET)
                .toExternalForm());
        return view.root;
    }
}
