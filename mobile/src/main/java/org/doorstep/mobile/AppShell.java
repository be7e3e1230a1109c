package org.doorstep.mobile;

import java.util.Objects;
import javafx.scene.Scene;
import org.doorstep.mobile.caseload.CaseloadScreen;
import org.doorstep.mobile.signin.SignInScreen;
import org.doorstep.mobile.visit.Account;
import org.doorstep.mobile.visit.Background;
import org.doorstep.mobile.visit.VisitScreen;
import org.doorstep.protocol.auth.SignedInUser;

/**
 * Which screen the window shows: the sign-in screen when nobody is signed in on the device, else the caseload,
 * from which a tapped child opens the visit form (and "Caseload" goes back). A stored sign-in is enough to open
 * the caseload with no connection: the app works on the device's data and syncs when it can.
 */
public final class AppShell {
    private final Scene scene;
    private final AppServices services;
    private final Background background;

    public AppShell(Scene scene, AppServices services, Background background) {
        this.scene = Objects.requireNonNull(scene, "scene");
        this.services = Objects.requireNonNull(services, "services");
        this.background = Objects.requireNonNull(background, "background");
    }

    /** Shows the first screen. Call on the UI thread. */
    public void start() {
        services.auth().currentUser().ifPresentOrElse(this::showCaseload, () -> showSignIn(""));
    }

    /** The sign-in screen with {@code notice} (why it is shown), or none when empty. */
    public void showSignIn(String notice) {
        scene.setRoot(SignInScreen.create(services.config().server(), notice,
                services.auth().lastUsername().orElse(""), services.auth()::signIn, this::showCaseload, background));
    }

    /** The caseload, the home screen once signed in. */
    public void showCaseload(SignedInUser user) {
        scene.setRoot(CaseloadScreen.create(services.caseload(), services.sync()::syncNow, account(user),
                childId -> showVisits(user, childId), background));
    }

    /** The visit form for {@code childId}, with the way back to the caseload. */
    public void showVisits(SignedInUser user, String childId) {
        scene.setRoot(VisitScreen.create(services.recorder(), services.visits(), services.children(),
                services.sync()::syncNow, account(user), background, childId, () -> showCaseload(user)));
    }

    private Account account(SignedInUser user) {
        String name = user.displayName() == null || user.displayName().isBlank()
                ? user.username() : user.displayName() + " (" + user.username() + ")";
        return new Account(name, services.auth()::signOut, this::showSignIn);
    }
}
