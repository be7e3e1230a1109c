package org.doorstep.mobile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.doorstep.mobile.lock.UnlockResult;
import org.doorstep.mobile.store.LocalVisit;
import org.doorstep.mobile.store.SyncState;
import org.doorstep.mobile.sync.FakeServer;
import org.doorstep.mobile.visit.FxBackground;
import org.doorstep.mobile.visit.Screenshots;
import org.doorstep.protocol.missing.MissingEpisode;
import org.doorstep.protocol.visit.Visit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The app started on a device set up earlier (a PIN chosen, a visit not sent), headless: the PIN screen,
 * wrong PINs, the lock-out that needs the password, choosing a new PIN, "Forgot your PIN?".
 */
@ExtendWith(ApplicationExtension.class)
class LockScreenTest {
    static final String PIN = "270419";

    private Path dataDir;
    private FakeServer fake;
    private AppLock lock;
    private FxBackground background;
    private Visit unsent;

    @Start
    void start(Stage stage) throws IOException {
        dataDir = Files.createTempDirectory("doorstep-lock-test");
        // Pushes fail: the visit stays unsent whatever the app does in the background.
        fake = new FakeServer(body -> new FakeServer.Reply(503, "{\"code\":\"server_unavailable\",\"message\":\"Later\"}"));
        AppConfig config = TestSetUp.config(fake.uri(), dataDir, Duration.ofMinutes(5));
        unsent = TestSetUp.device(config, PIN);
        lock = new AppLock(config, Clock.systemDefaultZone(), new SecureRandom());
        background = new FxBackground();
        Scene scene = new Scene(new Group(), DoorstepApp.WIDTH, DoorstepApp.HEIGHT);
        new AppShell(scene, lock, background).start();
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        background.close();
        lock.close();
        fake.close();
        TestSetUp.delete(dataDir);
    }

    @Test
    void aWrongPinSaysHowManyTriesAreLeftAndTheRightOneOpensTheCaseloadWithTheUnsentVisitKept(FxRobot robot)
            throws Exception {
        assertEquals("Enter your PIN", label(robot, "#pinHeading"));
        assertEquals("Doorstep is locked. It holds the records of sam.worker.", label(robot, "#pinExplanation"));
        assertTrue(robot.lookup("#pin").queryTextInputControl().isFocused());

        robot.write("111112", 0).type(KeyCode.ENTER);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !label(robot, "#pinError").isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Wrong PIN: 4 tries left before you must sign in with your password.", label(robot, "#pinError"));
        assertEquals("", robot.lookup("#pin").queryTextInputControl().getText(), "the PIN is cleared");
        robot.interact(() -> snapshot(robot, "#pinError", "pin-wrong"));

        robot.clickOn("#pin").write(PIN, 0).type(KeyCode.ENTER);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#signedInAs").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Signed in as Sam Worker (sam.worker)", label(robot, "#signedInAs"));
        assertTrue(robot.lookup("#caseload").tryQuery().isPresent(), "the caseload is the home screen");
        assertTrue(label(robot, "#syncStatus").contains("1 waiting to sync"), label(robot, "#syncStatus"));
        List<LocalVisit> kept = lock.services().orElseThrow().visits().list();
        assertEquals(List.of(unsent), kept.stream().map(LocalVisit::visit).toList());
        assertEquals(AppLock.Stage.UNLOCKED, lock.stage());
    }

    @Test
    void fiveWrongPinsNeedThePasswordThenANewPinAndTheUnsentVisitIsKept(FxRobot robot) throws Exception {
        for (int attempt = 1; attempt <= 4; attempt++) {
            robot.clickOn("#pin").write("99999" + attempt, 0).type(KeyCode.ENTER);
            int left = 5 - attempt;
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> label(robot, "#pinError").startsWith("Wrong PIN: " + left));
        }
        assertEquals("Wrong PIN: 1 try left before you must sign in with your password.", label(robot, "#pinError"));
        robot.clickOn("#pin").write("999995", 0).type(KeyCode.ENTER);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#signIn").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(AppShell.LOCKED_OUT_NOTICE, label(robot, "#signInNotice"));
        assertEquals("sam.worker", robot.lookup("#username").queryTextInputControl().getText());
        assertTrue(robot.lookup("#backToPin").tryQuery().map(node -> !node.isVisible()).orElse(true),
                "no way back to a PIN that no longer works");
        robot.interact(() -> snapshot(robot, "#signIn", "sign-in-after-wrong-pins"));

        robot.clickOn("#password").write(FakeServer.PASSWORD, 0).type(KeyCode.ENTER);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#pinConfirm").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Choose a PIN", label(robot, "#pinHeading"));
        robot.clickOn("#pin").write("1234", 0);
        robot.clickOn("#pinConfirm").write("1234", 0).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("A PIN needs at least 6 digits.", label(robot, "#pinError"));

        robot.doubleClickOn("#pin").eraseText(4).write("583920", 0);
        robot.clickOn("#pinConfirm").eraseText(4).write("583929", 0).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("The two entries are not the same. Type the PIN again in the second box.", label(robot, "#pinError"));
        assertTrue(robot.lookup("#pinConfirm").queryTextInputControl().isFocused());
        robot.interact(() -> snapshot(robot, "#pinError", "pin-choose-mismatch"));

        robot.write("583920", 0).type(KeyCode.ENTER);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#signedInAs").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#caseload").tryQuery().isPresent(), "the caseload is the home screen");
        LocalVisit kept = lock.services().orElseThrow().visits().list().get(0);
        assertEquals(unsent, kept.visit());
        assertEquals(SyncState.WAITING, kept.state());
        robot.interact(() -> lock.lock());
        assertInstanceOf(UnlockResult.WrongPin.class, lock.unlock(PIN), "the old PIN no longer works");
        assertInstanceOf(UnlockResult.Unlocked.class, lock.unlock("583920"));
    }

    @Test
    void changePinAsksTheCurrentPinThenANewOneAndOnlyTheNewOneUnlocksAfterwards(FxRobot robot) throws Exception {
        robot.clickOn("#pin").write(PIN, 0).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#changePin").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn("#changePin");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(AppShell.CHANGE_PIN_NOTICE, label(robot, "#pinNotice"));
        assertEquals(AppLock.Stage.LOCKED, lock.stage(), "the records are closed until the current PIN is given");
        robot.clickOn("#pin").write("111112", 0).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> label(robot, "#pinError").startsWith("Wrong PIN: 4"));

        robot.clickOn("#pin").write(PIN, 0).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#pinConfirm").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Choose a PIN", label(robot, "#pinHeading"));
        robot.clickOn("#pin").write("640218", 0);
        robot.clickOn("#pinConfirm").write("640218", 0).type(KeyCode.ENTER);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#caseload").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(AppLock.Stage.UNLOCKED, lock.stage());
        assertEquals(List.of(unsent), lock.services().orElseThrow().visits().list().stream().map(LocalVisit::visit).toList(),
                "the unsent visit is still there");
        robot.interact(() -> lock.lock());
        assertInstanceOf(UnlockResult.WrongPin.class, lock.unlock(PIN), "the old PIN no longer works");
        assertInstanceOf(UnlockResult.Unlocked.class, lock.unlock("640218"));
        assertEquals(AppLock.Stage.UNLOCKED, lock.stage(), "a later unlock opens the app as usual");
    }

    @Test
    void theCaseloadsStatusLineCountsMissingEpisodesWaitingAsWellAsVisits(FxRobot robot) throws Exception {
        robot.clickOn("#pin").write(PIN, 0).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> label(robot, "#syncStatus").contains("1 waiting to sync"));
        OffsetDateTime went = OffsetDateTime.parse("2026-11-21T21:30:00Z");
        lock.services().orElseThrow().missing().saveEpisode(new MissingEpisode(
                UUID.randomUUID(), "C-1001", went, went.plusHours(20), went.plusHours(1), "MP-9", null), null);

        robot.interact(() -> lock.services().orElseThrow().scheduler().requestNow()); // the push fails: both stay

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> label(robot, "#syncStatus").contains("2 waiting to sync"));
        assertTrue(label(robot, "#syncStatus").startsWith("2 waiting to sync"), label(robot, "#syncStatus"));
    }

    @Test
    void forgotPinLeadsToTheSignInAndBackToThePin(FxRobot robot) throws Exception {
        robot.clickOn("#forgotPin");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(AppShell.FORGOT_NOTICE, label(robot, "#signInNotice"));
        assertEquals("sam.worker", robot.lookup("#username").queryTextInputControl().getText());

        robot.clickOn("#backToPin");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("Enter your PIN", label(robot, "#pinHeading"));
        assertEquals(5, lock.vault().attemptsLeft(), "no try used");
        robot.interact(() -> snapshot(robot, "#pinHeading", "pin-unlock"));
    }

    static void snapshot(FxRobot robot, String query, String name) {
        try {
            Screenshots.save(robot.lookup(query).query().getScene().getRoot(), name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String label(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
