package org.doorstep.mobile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.doorstep.mobile.sync.FakeServer;
import org.doorstep.mobile.visit.FxBackground;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The app as wired, headless, on a device set up earlier (signed in, a PIN chosen) that never synced: the PIN
 * unlocks it, the caseload opens and the sync the unlock starts fills it from the fake server, and a tapped
 * child opens the visit form for that child, with the way back.
 */
@ExtendWith(ApplicationExtension.class)
class AppShellTest {
    private static final String PIN = "270419";

    private Path dataDir;
    private FakeServer fake;
    private AppLock lock;
    private FxBackground background;

    @Start
    void start(Stage stage) throws IOException {
        dataDir = Files.createTempDirectory("doorstep-shell-test");
        fake = new FakeServer(body -> FakeServer.Reply.json("{}"));
        fake.children = "[{\"id\":\"C-1001\",\"displayName\":\"Ava Example\"},{\"id\":\"C-1002\",\"displayName\":\"Ben Sample\"}]";
        AppConfig config = TestSetUp.config(fake.uri(), dataDir, Duration.ofMinutes(5));
        TestSetUp.deviceWithNoVisits(config, PIN);
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
    void unlockingOpensTheCaseloadWhichTheFirstSyncFillsThenATappedChildOpensItsFormAndBack(FxRobot robot)
            throws Exception {
        assertEquals(List.of(), fake.pullCursors, "nothing pulled while locked");
        robot.clickOn("#pin").write(PIN, 0).type(KeyCode.ENTER);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#caseload").tryQuery().isPresent()
                && robot.lookup("#caseload").queryAs(ListView.class).getItems().size() == 2);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> label(robot, "#syncStatus").contains("last synced"));
        assertEquals(List.of(""), fake.pullCursors, "one pull, from the beginning, inside the sync the unlock started");
        assertTrue(label(robot, "#syncStatus").startsWith("All sent · last synced "), label(robot, "#syncStatus"));
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn("Ben Sample");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("C-1002", robot.lookup("#childId").queryComboBox().getEditor().getText());
        assertEquals("Ben Sample", label(robot, "#childName"));
        assertTrue(label(robot, "#syncStatus").startsWith("All sent · last synced "), "the form has the status line too");
        robot.clickOn("#back");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#caseload").tryQuery().isPresent());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#caseload").queryAs(ListView.class).getItems().size() == 2);
        assertEquals(1, fake.pullCursors.size(), "going back to the caseload does not sync again");
    }

    private static String label(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
