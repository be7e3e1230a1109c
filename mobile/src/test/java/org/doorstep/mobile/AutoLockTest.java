package org.doorstep.mobile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.doorstep.mobile.store.LocalDatabase;
import org.doorstep.mobile.sync.FakeServer;
import org.doorstep.mobile.visit.FxBackground;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The app locks itself after a time without use (3 seconds here), headless. */
@ExtendWith(ApplicationExtension.class)
class AutoLockTest {
    static final Duration AFTER = Duration.ofSeconds(3);

    private Path dataDir;
    private FakeServer fake;
    private AppLock lock;
    private FxBackground background;

    @Start
    void start(Stage stage) throws IOException {
        dataDir = Files.createTempDirectory("doorstep-autolock-test");
        fake = new FakeServer(body -> new FakeServer.Reply(503, "{\"code\":\"server_unavailable\",\"message\":\"Later\"}"));
        AppConfig config = TestSetUp.config(fake.uri(), dataDir, AFTER);
        TestSetUp.device(config, LockScreenTest.PIN);
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
    void leftAloneTheAppLocksClosesTheDatabaseAndDropsTheKey(FxRobot robot) throws Exception {
        unlock(robot);
        LocalDatabase database = lock.services().orElseThrow().database();
        assertTrue(database.isOpen());

        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#pinHeading").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("Locked after 3 seconds without use.", LockScreenTest.label(robot, "#pinNotice"));
        assertEquals(AppLock.Stage.LOCKED, lock.stage());
        assertFalse(database.isOpen(), "the connection is closed");
        assertEquals(Optional.empty(), lock.services(), "no data key or services are held");
        robot.interact(() -> LockScreenTest.snapshot(robot, "#pinNotice", "pin-auto-locked"));

        unlock(robot);
        assertEquals("Signed in as Sam Worker (sam.worker)", LockScreenTest.label(robot, "#signedInAs"));
    }

    @Test
    void useKeepsTheAppUnlocked(FxRobot robot) throws Exception {
        unlock(robot);
        robot.clickOn("#search"); // the caseload's search field: typing there is use
        long until = System.nanoTime() + AFTER.plusSeconds(2).toNanos();
        while (System.nanoTime() < until) {
            robot.type(KeyCode.A);
            Thread.sleep(300);
        }
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(AppLock.Stage.UNLOCKED, lock.stage());
        assertTrue(robot.lookup("#signedInAs").tryQuery().isPresent());
    }

    private void unlock(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#pin").tryQuery().isPresent());
        robot.clickOn("#pin").write(LockScreenTest.PIN, 0).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#signedInAs").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
