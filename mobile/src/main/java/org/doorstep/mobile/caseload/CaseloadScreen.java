package org.doorstep.mobile.caseload;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.IntSupplier;
import javafx.scene.Parent;
import org.doorstep.mobile.sync.SyncScheduler;
import org.doorstep.mobile.visit.Account;
import org.doorstep.mobile.visit.Background;
import org.doorstep.mobile.visit.VisitScreen;

/**
 * Builds the caseload screen: the worker's children with their next due date and badge, search, the sync status
 * line and "Sync now".
 */
public final class CaseloadScreen {
    public static final String STYLESHEET = "caseload.css";

    private CaseloadScreen() {
    }

    /**
     * @param scheduler runs the syncs ("Sync now" asks it) on its own thread; the caseload is read again after each
     * @param waiting   how many records (visits, missing episodes, return interviews) wait to be sent, for the
     *                  status line; may throw {@link org.doorstep.mobile.store.StoreException}
     * @param openChild called on the UI thread with the id of the child tapped
     * @param background runs the loading of the caseload and the sign-out, never on the UI thread
     */
    public static Parent create(Caseload caseload, SyncScheduler scheduler, IntSupplier waiting, Account account,
                                Consumer<String> openChild, Background background) {
        CaseloadView view = new CaseloadView();
        new CaseloadPresenter(view, caseload, scheduler, waiting, account, openChild, background).start();
        view.root.getStylesheets().addAll(
                Objects.requireNonNull(VisitScreen.class.getResource(VisitScreen.STYLESHEET), VisitScreen.STYLESHEET)
                        .toExternalForm(),
                Objects.requireNonNull(CaseloadScreen.class.getResource(STYLESHEET), STYLESHEET).toExternalForm());
        return view.root;
    }
}
