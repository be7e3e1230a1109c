package org.doorstep.mobile.caseload;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Parent;
import org.doorstep.mobile.sync.SyncSummary;
import org.doorstep.mobile.visit.Account;
import org.doorstep.mobile.visit.Background;
import org.doorstep.mobile.visit.VisitScreen;

/** Builds the caseload screen: the worker's children with their next due date and badge, search, "Sync now". */
public final class CaseloadScreen {
    public static final String STYLESHEET = "caseload.css";

    private CaseloadScreen() {
    }

    /**
     * @param openChild called on the UI thread with the id of the child tapped
     * @param sync      and the loading of the caseload run through {@code background}, never on the UI thread
     */
    public static Parent create(Caseload caseload, Supplier<SyncSummary> sync, Account account, Consumer<String> openChild,
                                Background background) {
        CaseloadView view = new CaseloadView();
        new CaseloadPresenter(view, caseload, sync, account, openChild, background).start();
        view.root.getStylesheets().addAll(
                Objects.requireNonNull(VisitScreen.class.getResource(VisitScreen.STYLESHEET), VisitScreen.STYLESHEET)
                        .toExternalForm(),
                Objects.requireNonNull(CaseloadScreen.class.getResource(STYLESHEET), STYLESHEET).toExternalForm());
        return view.root;
    }
}
