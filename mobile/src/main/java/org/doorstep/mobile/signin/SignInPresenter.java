package org.doorstep.mobile.signin;

import java.net.URI;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.doorstep.mobile.sync.SignInResult;
import org.doorstep.mobile.visit.Background;
import org.doorstep.protocol.auth.SignedInUser;

/** The sign-in screen's behaviour: the attempt off the UI thread, the refusal shown, the focus where it helps. */
final class SignInPresenter {
    private final SignInView view;
    private final SignInAction action;
    private final Consumer<SignedInUser> onSignedIn;
    private final Background background;

    SignInPresenter(SignInView view, SignInAction action, Consumer<SignedInUser> onSignedIn, Background background) {
        this.view = view;
        this.action = action;
        this.onSignedIn = onSignedIn;
        this.background = background;
    }

    void start(URI server, String notice, String lastUsername) {
        view.server.setText("Server: " + server);
        view.notice.setText(notice == null ? "" : notice);
        view.username.setText(lastUsername == null ? "" : lastUsername);
        view.signIn.setOnAction(event -> submit());
        // Once the screen is in the window: focus the first empty field.
        Platform.runLater(() -> (view.username.getText().isEmpty() ? view.username : view.password).requestFocus());
    }

    private void submit() {
        String username = view.username.getText();
        String password = view.password.getText();
        view.error.setText("");
        view.progress.setText("Signing in...");
        busy(true);
        background.run(() -> action.signIn(username, password), this::show, failure -> {
            busy(false);
            view.progress.setText("");
            view.error.setText("Not signed in: " + failure.getMessage());
        });
    }

    private void show(SignInResult result) {
        busy(false);
        view.progress.setText("");
        if (result instanceof SignInResult.SignedIn signedIn) {
            view.password.clear();
            onSignedIn.accept(signedIn.user());
        } else if (result instanceof SignInResult.Refused refused) {
            view.error.setText(refused.message());
            view.password.setAccessibleHelp(refused.message());
            view.password.clear();
            (view.username.getText().isBlank() ? view.username : view.password).requestFocus();
        }
    }

    private void busy(boolean busy) {
        view.signIn.setDisable(busy);
        view.username.setDisable(busy);
        view.password.setDisable(busy);
    }
}
