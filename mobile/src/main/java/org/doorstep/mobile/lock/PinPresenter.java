package org.doorstep.mobile.lock;

import java.util.Optional;
import java.util.function.Function;
import javafx.application.Platform;
import org.doorstep.mobile.visit.Background;

/**
 * The PIN screen's behaviour. Deriving the key from a PIN takes a moment (on purpose), so each attempt runs
 * through {@link Background} and the screen shows that it is working.
 */
final class PinPresenter {
    private final PinView view;
    private final Background background;

    PinPresenter(PinView view, Background background) {
        this.view = view;
        this.background = background;
    }

    void startUnlock(String owner, String notice, Function<String, UnlockResult> unlock, PinScreen.Actions actions) {
        view.heading.setText("Enter your PIN");
        view.explanation.setText(owner == null || owner.isBlank() ? "Doorstep is locked."
                : "Doorstep is locked. It holds the records of " + owner + ".");
        view.notice.setText(notice == null ? "" : notice);
        view.confirmBox.setVisible(false);
        view.submit.setText("Unlock");
        view.forgot.setVisible(true);
        view.forgot.setOnAction(event -> actions.forgotPin().run());
        view.submit.setOnAction(event -> {
            String pin = view.pin.getText();
            working("Unlocking...");
            background.run(() -> unlock.apply(pin), result -> {
                done();
                view.pin.clear();
                if (result instanceof UnlockResult.Unlocked) {
                    actions.unlocked().run();
                } else if (result instanceof UnlockResult.WrongPin wrong) {
                    showError(wrongPin(wrong.attemptsLeft()));
                } else {
                    actions.lockedOut().run();
                }
            }, this::failed);
        });
        focusPin();
    }

    void startChoose(String notice, Function<String, Optional<String>> choose, Runnable chosen) {
        view.heading.setText("Choose a PIN");
        view.explanation.setText("It unlocks Doorstep on this device, with or without a connection. Use at least "
                + PinRules.MIN_PIN_DIGITS + " digits, or a passphrase of " + PinRules.MIN_PASSPHRASE_LENGTH
                + " or more characters. After " + Vault.MAX_ATTEMPTS + " wrong tries you will need your password.");
        view.notice.setText(notice == null ? "" : notice);
        view.confirmBox.setVisible(true);
        view.submit.setText("Set PIN");
        view.forgot.setVisible(false);
        view.submit.setOnAction(event -> {
            String pin = view.pin.getText();
            Optional<String> problem = PinRules.problem(pin);
            if (problem.isPresent()) {
                showError(problem.get());
                return;
            }
            if (!pin.equals(view.confirm.getText())) {
                view.confirm.clear();
                showError("The two entries are not the same. Type the PIN again in the second box.");
                view.confirm.requestFocus();
                return;
            }
            working("Setting the PIN...");
            background.run(() -> choose.apply(pin), refused -> {
                done();
                if (refused.isPresent()) {
                    showError(refused.get());
                } else {
                    view.pin.clear();
                    view.confirm.clear();
                    chosen.run();
                }
            }, this::failed);
        });
        focusPin();
    }

    /** "Wrong PIN: 4 tries left before you must sign in with your password." */
    static String wrongPin(int attemptsLeft) {
        return "Wrong PIN: " + attemptsLeft + (attemptsLeft == 1 ? " try" : " tries")
                + " left before you must sign in with your password.";
    }

    private void working(String what) {
        view.error.setText("");
        view.progress.setText(what);
        busy(true);
    }

    private void done() {
        view.progress.setText("");
        busy(false);
    }

    private void failed(Throwable failure) {
        done();
        showError("Something went wrong: " + failure.getMessage());
    }

    private void showError(String message) {
        view.error.setText(message);
        view.pin.setAccessibleHelp(message);
        view.pin.requestFocus();
    }

    private void busy(boolean busy) {
        view.submit.setDisable(busy);
        view.pin.setDisable(busy);
        view.confirm.setDisable(busy);
        view.forgot.setDisable(busy);
    }

    private void focusPin() {
        Platform.runLater(view.pin::requestFocus);
    }
}
