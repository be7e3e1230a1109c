package org.doorstep.mobile.signin;

import java.net.URI;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.scene.Parent;
import org.doorstep.mobile.visit.Background;
import org.doorstep.mobile.visit.VisitScreen;
import org.doorstep.protocol.auth.SignedInUser;

/** Builds the sign-in screen, shown before the visit screen whenever nobody is signed in on the device. */
public final class SignInScreen {
    public static final String STYLESHEET = "signin.css";

    private SignInScreen() {
    }

    /**
     * @param server       the server the app signs in to, shown to the person
     * @param notice       why the screen is shown (e.g. the sign-in ended), or empty
     * @param lastUsername filled in for the person, or empty
     * @param action       run through {@code background}, never on the UI thread
     * @param onSignedIn   called on the UI thread once signed in
     */
    public static Parent create(URI server, String notice, String lastUsername, SignInAction action,
                                Consumer<SignedInUser> onSignedIn, Background background) {
        return create(server, notice, lastUsername, action, onSignedIn, background, null);
    }

    /** As above, with a link back to the PIN screen running {@code backToPin} (none when null). */
    public static Parent create(URI server, String notice, String lastUsername, SignInAction action,
                                Consumer<SignedInUser> onSignedIn, Background background, Runnable backToPin) {
        SignInView view = new SignInView();
        new SignInPresenter(view, action, onSignedIn, background).start(server, notice, lastUsername);
        view.backToPin.setVisible(backToPin != null);
        if (backToPin != null) {
            view.backToPin.setOnAction(event -> backToPin.run());
        }
        view.root.getStylesheets().addAll(
                Objects.requireNonNull(VisitScreen.class.getResource(VisitScreen.STYLESHEET), VisitScreen.STYLESHEET)
                        .toExternalForm(),
                Objects.requireNonNull(SignInScreen.class.getResource(STYLESHEET), STYLESHEET).toExternalForm());
        return view.root;
    }
}
