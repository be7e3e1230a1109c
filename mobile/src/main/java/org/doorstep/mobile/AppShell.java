package org.doorstep.mobile;

import java.util.Objects;
import javafx.scene.Scene;
import org.doorstep.mobile.signin.SignInScreen;
import org.doorstep.mobile.visit.Account;
import org.doorstep.mobile.visit.Background;
import org.doorstep.mobile.visit.VisitScreen;
import org.doorstep.protocol.auth.SignedInUser;

/**
 * Which screen the window shows: the sign-in screen when nobody is signed in on the device, else the visit
 * screen. A stored sign-in is enough to open the visit screen with no connection: the app works on the
 * device's data and syncs when it can.
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
        services.auth().currentUser().ifPresentOrElse(this::showVisits, () -> showSignIn(""));
    }

    /** The sign-in screen with {@code notice} (why it is shown), or none when empty. */
    public void showSignIn(String notice) {
        scene.setRoot(SignInScreen.create(services.config().server(), notice,
                services.auth().lastUsername().orElse(""), services.auth()::signIn, this::showVisits, background));
    }

    public void showVisits(SignedInUser user) {
        String name = user.displayName() == null || user.displayName().isBlank()
                ? user.username() : user.displayName() + " (" + user.username() + ")";
        Account account = new Account(name, services.auth()::signOut, this::showSignIn);
        scene.setRoot(VisitScreen.create(services.recorder(), services.visits(), services.children(),
                services.sync()::syncNow, account, background));
    }
}
