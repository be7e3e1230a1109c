package org.doorstep.mobile.visit;

import java.util.Objects;
import java.util.function.IntSupplier;
import javafx.scene.Parent;
import org.doorstep.mobile.store.ChildStore;
import org.doorstep.mobile.store.DraftStore;
import org.doorstep.mobile.store.VisitStore;
import org.doorstep.mobile.sync.SyncScheduler;

/** Builds the visit screen: who is signed in and "Sign out", the form, this device's visits, and "Sync now". */
public final class VisitScreen {
    public static final String STYLESHEET = "visit.css";

    private VisitScreen() {
    }

    /**
     * "Sync now" asks {@code scheduler}, which syncs on its own thread; the account's sign-out runs through
     * {@code background}, never on the UI thread.
     */
    public static Parent create(VisitRecorder recorder, VisitStore visits, ChildStore children, DraftStore drafts,
                                SyncScheduler scheduler, Account account, Background background) {
        return create(recorder, visits, children, drafts, scheduler, account, background, null, null);
    }

    /**
     * The form for {@code childId} (null: none chosen), with a "Caseload" button that runs {@code back} (null: no
     * such button).
     */
    public static Parent create(VisitRecorder recorder, VisitStore visits, ChildStore children, DraftStore drafts,
                                SyncScheduler scheduler, Account account, Background background, String childId,
                                Runnable back) {
        return create(recorder, visits, children, drafts, scheduler, account, background, childId, back, null);
    }

    /** As above, with a "Missing" button that runs {@code toMissing} (null: no such button). */
    public static Parent create(VisitRecorder recorder, VisitStore visits, ChildStore children, DraftStore drafts,
                                SyncScheduler scheduler, Account account, Background background, String childId,
                                Runnable back, Runnable toMissing) {
        return create(recorder, visits, children, drafts, scheduler, account, background, childId, back, toMissing,
                visits::countWaiting);
    }

    /**
     * As above; the status line counts {@code waiting} (visits, missing episodes and return interviews waiting to
     * be sent) rather than the visits alone.
     */
    public static Parent create(VisitRecorder recorder, VisitStore visits, ChildStore children, DraftStore drafts,
                                SyncScheduler scheduler, Account account, Background background, String childId,
                                Runnable back, Runnable toMissing, IntSupplier waiting) {
        VisitView view = new VisitView();
        new VisitPresenter(view, recorder, visits, children, scheduler, account, background, childId, back,
                new VisitDrafts(drafts, account.username()), waiting).start();
        if (toMissing != null) {
            view.toMissing.setOnAction(event -> toMissing.run());
            view.toMissing.setVisible(true);
        }
        view.root.getStylesheets().add(Objects.requireNonNull(VisitScreen.class.getResource(STYLESHEET),
                STYLESHEET).toExternalForm());
        return view.root;
    }
}
