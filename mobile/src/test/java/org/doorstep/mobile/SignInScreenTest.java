package org.doorstep.mobile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.doorstep.mobile.lock.KdfParams;
import org.doorstep.mobile.sync.FakeServer;
import org.doorstep.mobile.visit.FxBackground;
import org.doorstep.mobile.visit.Screenshots;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The first start of the app, headless: the sign-in screen against the fake server, then choosing a PIN,
 * then the caseload, which the first sync fills.
 */
@ExtendWith(ApplicationExtension.class)
class SignInScreenTest {
    private Path dataDir;
    private FakeServer fake;
    private AppLock lock;
    private FxBackground background;

    @Start
    void start(Stage stage) throws IOException {
        dataDir = Files.createTempDirectory("doorstep-sign-in-test");
        fake = new FakeServer(body -> FakeServer.Reply.json("{}"));
        lock = new AppLock(new AppConfig(fake.uri(), dataDir).withKdf(KdfParams.FOR_TESTS), Clock.systemDefaultZone(),
                new SecureRandom());
        background = new FxBackground();
        Scene scene = new Scene(new Group(), DoorstepApp.WIDTH, DoorstepApp.HEIGHT);
        new AppShell(scene, lock, background).start();
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() throws IOException {
        background.close();
        lock.close();
        fake.close();
        try (var files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    @Test
    void wrongPasswordShowsTheMessageAndStaysOnTheSignInScreen(FxRobot robot) throws Exception {
        assertEquals("Server: " + fake.uri(), label(robot, "#serverUrl"));
        assertTrue(robot.lookup("#username").queryTextInputControl().isFocused(), "the first field has the focus");

        robot.write(FakeServer.USERNAME, 0).type(KeyCode.TAB).write("not-the-password", 0).type(KeyCode.ENTER);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !label(robot, "#signInError").isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Wrong username or password. Check both and try again.", label(robot, "#signInError"));
        assertEquals("", robot.lookup("#password").queryTextInputControl().getText(), "the password is cleared");
        assertTrue(robot.lookup("#password").queryTextInputControl().isFocused());
        assertTrue(robot.lookup("#signedInAs").tryQuery().isEmpty(), "still on the sign-in screen");
        assertEquals(1, fake.signIns.size());
        robot.interact(() -> snapshot(robot, "#signIn", "sign-in-wrong-password"));
    }

    @Test
    void rightPasswordLeadsToChoosingAPinThenTheCaseloadWithWhoIsSignedIn(FxRobot robot) throws Exception {
        assertEquals(AppShell.SET_UP_NOTICE, label(robot, "#signInNotice"));
        robot.clickOn("#username").write(FakeServer.USERNAME, 0);
        robot.clickOn("#password").write(FakeServer.PASSWORD, 0);
        robot.clickOn("#signIn");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#pinConfirm").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Choose a PIN", label(robot, "#pinHeading"));
        robot.clickOn("#pin").write("270419", 0);
        robot.clickOn("#pinConfirm").write("270419", 0).type(KeyCode.ENTER);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#signedInAs").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Signed in as Sam Worker (sam.worker)", label(robot, "#signedInAs"));
        assertTrue(robot.lookup("#signOut").tryQuery().isPresent());
        assertTrue(robot.lookup("#caseload").tryQuery().isPresent(), "the caseload is the home screen");
        // Unlocking syncs at once, which fetches the caseload (the device never pulled); let that sync end.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> label(robot, "#syncStatus").contains("last synced"));
        assertEquals(List.of(""), fake.pullCursors);
        AppServices services = lock.services().orElseThrow();
        assertEquals(Optional.of(FakeServer.SAM), services.auth().currentUser());
        assertEquals(services.auth().device().id(), fake.signIns.get(0).deviceId());
        assertEquals(AppLock.Stage.UNLOCKED, lock.stage());
        assertEquals(Optional.of("sam.worker"), lock.vault().owner());
        assertTrue(lock.vault().hasRecovery(), "the sign-in's device key wraps the data key too");
    }

    private static void snapshot(FxRobot robot, String query, String name) {
        try {
            Screenshots.save(robot.lookup(query).query().getScene().getRoot(), name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String label(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
