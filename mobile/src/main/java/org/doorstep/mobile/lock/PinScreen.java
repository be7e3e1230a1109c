package org.doorstep.mobile.lock;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javafx.scene.Parent;
import org.doorstep.mobile.signin.SignInScreen;
import org.doorstep.mobile.visit.Background;
import org.doorstep.mobile.visit.VisitScreen;

/** Builds the PIN screen: to unlock the app, or to choose a PIN after signing in. */
public final class PinScreen {
    /**
     * Where the unlock screen leads, each called on the UI thread.
     *
     * @param unlocked  the PIN was right
     * @param lockedOut too many wrong PINs: a sign-in with the password is needed
     * @param forgotPin the person chose to sign in with their password instead
     */
    public record Actions(Runnable unlocked, Runnable lockedOut, Runnable forgotPin) {
        public Actions {
            Objects.requireNonNull(unlocked, "unlocked");
            Objects.requireNonNull(lockedOut, "lockedOut");
            Objects.requireNonNull(forgotPin, "forgotPin");
        }
    }

    private PinScreen() {
    }

    /**
     * The unlock screen.
     *
     * @param owner  whose records the device holds, shown; or empty
     * @param notice why the screen is shown (e.g. locked after a time without use), or empty
     * @param unlock tries a PIN; run through {@code background}
     */
    public static Parent unlock(String owner, String notice, Function<String, UnlockResult> unlock, Actions actions,
                                Background background) {
        PinView view = new PinView();
        new PinPresenter(view, background).startUnlock(owner, notice, unlock, actions);
        return styled(view);
    }

    /**
     * The screen to choose a PIN.
     *
     * @param choose sets the PIN, or says why it cannot be used; run through {@code background}
     * @param chosen called on the UI thread once it is set
     */
    public static Parent choose(String notice, Function<String, Optional<String>> choose, Runnable chosen,
                                Background background) {
        PinView view = new PinView();
        new PinPresenter(view, background).startChoose(notice, choose, chosen);
        return styled(view);
    }

    private static Parent styled(PinView view) {
        view.root.getStylesheets().addAll(
                Objects.requireNonNull(VisitScreen.class.getResource(VisitScreen.STYLESHEET), VisitScreen.STYLESHEET)
                        .toExternalForm(),
                Objects.requireNonNull(SignInScreen.class.getResource(SignInScreen.STYLESHEET), SignInScreen.STYLESHEET)
                        .toExternalForm());
        return view.root;
    }
}
