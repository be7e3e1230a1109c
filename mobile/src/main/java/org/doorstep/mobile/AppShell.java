package org.doorstep.mobile;

import java.time.Duration;
import java.util.Objects;
import javafx.scene.Scene;
import org.doorstep.mobile.caseload.CaseloadScreen;
import org.doorstep.mobile.lock.AutoLock;
import org.doorstep.mobile.lock.PinScreen;
import org.doorstep.mobile.signin.SignInScreen;
import org.doorstep.mobile.store.LegacyMigration;
import org.doorstep.mobile.missing.MissingScreen;
import org.doorstep.mobile.visit.Account;
import org.doorstep.protocol.auth.Role;
import org.doorstep.mobile.visit.Background;
import org.doorstep.mobile.visit.VisitScreen;
import org.doorstep.protocol.auth.SignedInUser;

/**
 * Which screen the window shows, from the lock's stage ({@link AppLock.Stage}): sign in to set up, choose a
 * PIN, enter the PIN, sign in after too many wrong PINs, or (unlocked) the caseload when someone is signed in,
 * else the sign-in screen. From the caseload a tapped child opens the visit form (and "Caseload" goes back).
 * While its records are open (unlocked, or choosing a PIN) the app locks itself after the configured time
 * without use ({@link AutoLock}); unlocked, it syncs on its own ({@link org.doorstep.mobile.sync.SyncScheduler}),
 * first as soon as it is unlocked.
 */
public final class AppShell {
    static final String SET_UP_NOTICE = "Sign in to set up Doorstep on this device. You will then choose a PIN "
            + "that unlocks it, with or without a connection.";
    static final String UPGRADE_NOTICE = "Doorstep now encrypts the records on this device. Sign in once more, then "
            + "choose a PIN. Your visits, including those not sent yet, are kept.";
    static final String LOCKED_OUT_NOTICE = "Too many wrong PINs. Sign in with your password to unlock this device, "
            + "then choose a new PIN. Your visits stay on it, including those not sent yet.";
    static final String CHANGE_PIN_NOTICE = "To change your PIN, enter the one you use now. You will then choose "
            + "a new one.";
    static final String FORGOT_NOTICE = "Sign in with your password to unlock this device, then choose a new PIN. "
            + "Your visits stay on it.";

    private final Scene scene;
    private final AppLock lock;
    private final Background background;
    private final AutoLock autoLock;

    public AppShell(Scene scene, AppLock lock, Background background) {
        this.scene = Objects.requireNonNull(scene, "scene");
        this.lock = Objects.requireNonNull(lock, "lock");
        this.background = Objects.requireNonNull(background, "background");
        Duration after = lock.config().autoLockAfter();
        this.autoLock = new AutoLock(scene, after, () -> lockNow(idleNotice(after)));
    }

    /** Shows the first screen. Call on the UI thread. */
    public void start() {
        lock.start();
        route("");
    }

    /** Locks now (the data key and the database closed) and shows the PIN screen with {@code notice}. */
    public void lockNow(String notice) {
        lock.lock();
        route(notice);
    }

    /** The app came back to the front: sync now when unlocked. */
    public void resumed() {
        if (lock.stage() == AppLock.Stage.UNLOCKED) {
            lock.services().ifPresent(services -> services.scheduler().requestNow());
        }
    }

    private void route(String notice) {
        AppLock.Stage stage = lock.stage();
        // Armed whenever records are open: unlocked, or a new PIN being chosen over an open database.
        if (stage == AppLock.Stage.UNLOCKED || stage == AppLock.Stage.CHOOSE_PIN) {
            autoLock.arm();
        } else {
            autoLock.disarm();
        }
        switch (stage) {
            case SIGN_IN_TO_SET_UP -> showSignIn(!notice.isEmpty() ? notice
                    : LegacyMigration.present(lock.config().dataDir()) ? UPGRADE_NOTICE : SET_UP_NOTICE);
            case CHOOSE_PIN -> scene.setRoot(PinScreen.choose(notice, lock::choosePin, () -> route(""), background));
            case LOCKED -> scene.setRoot(PinScreen.unlock(lock.vault().owner().orElse(""), notice, lock::unlock,
                    new PinScreen.Actions(() -> route(""), () -> route(""), () -> showSignIn(FORGOT_NOTICE)), background));
            case LOCKED_OUT -> showSignIn(LOCKED_OUT_NOTICE);
            case UNLOCKED -> {
                AppServices services = lock.services().orElseThrow();
                services.auth().currentUser().ifPresentOrElse(user -> {
                    showCaseload(user);
                    services.scheduler().requestNow();
                }, () -> showSignIn(notice));
            }
            default -> throw new IllegalStateException("Unknown stage " + stage);
        }
    }

    /** The sign-in screen with {@code notice} (why it is shown), or none when empty. */
    public void showSignIn(String notice) {
        boolean pinWorks = lock.stage() == AppLock.Stage.LOCKED;
        scene.setRoot(SignInScreen.create(lock.config().server(), notice, lock.lastUsername(), lock::signIn,
                user -> route(""), background, pinWorks ? () -> route("") : null));
    }

    /** The caseload, the home screen once unlocked and signed in. */
    private void showCaseload(SignedInUser user) {
        AppServices services = lock.services().orElseThrow();
        scene.setRoot(CaseloadScreen.create(services.caseload(), services.scheduler(), services::countWaiting,
                account(services, user), childId -> openChild(user, childId), background));
    }

    /**
     * A child tapped on the caseload: the missing and return screen for a missing-persons officer, the visit form
     * for everyone else (each screen leads to the other).
     */
    private void openChild(SignedInUser user, String childId) {
        if (user.roles() != null && user.roles().contains(Role.RHI_OFFICER.wireName())) {
            showMissing(user, childId);
        } else {
            showVisits(user, childId);
        }
    }

    /** The missing episodes and return interview of {@code childId}. */
    private void showMissing(SignedInUser user, String childId) {
        AppServices services = lock.services().orElseThrow();
        scene.setRoot(MissingScreen.create(services.missingRecorder(), services.missing(), services.pulled(),
                services.caseload(), services.scheduler(), childId, () -> showCaseload(user),
                () -> showVisits(user, childId), services::countWaiting));
    }

    /** The visit form for {@code childId}, with the way back to the caseload. */
    private void showVisits(SignedInUser user, String childId) {
        AppServices services = lock.services().orElseThrow();
        scene.setRoot(VisitScreen.create(services.recorder(), services.visits(), services.children(), services.drafts(),
                services.scheduler(), account(services, user), background, childId, () -> showCaseload(user),
                () -> showMissing(user, childId), services::countWaiting));
    }

    private Account account(AppServices services, SignedInUser user) {
        String name = user.displayName() == null || user.displayName().isBlank()
                ? user.username() : user.displayName() + " (" + user.username() + ")";
        return new Account(user.username(), name, services.auth()::signOut, this::showSignIn, this::changePin);
    }

    /** "Change PIN": the app locks, asks the current PIN, then has a new one chosen. */
    private void changePin() {
        lock.lockToChangePin();
        route(CHANGE_PIN_NOTICE);
    }

    static String idleNotice(Duration after) {
        long minutes = after.toMinutes();
        String span = minutes >= 1 && after.equals(Duration.ofMinutes(minutes))
                ? minutes + (minutes == 1 ? " minute" : " minutes")
                : after.toSeconds() + (after.toSeconds() == 1 ? " second" : " seconds");
        return "Locked after " + span + " without use.";
    }
}
