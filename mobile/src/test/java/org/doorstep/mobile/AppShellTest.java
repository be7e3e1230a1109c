package org.doorstep.mobile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.doorstep.mobile.sync.FakeServer;
import org.doorstep.mobile.sync.SignInResult;
import org.doorstep.mobile.visit.FxBackground;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The app as wired, headless, signed in on a device that never synced: the caseload opens, fetches itself from
 * the fake server, and a tapped child opens the visit form for that child, with the way back.
 */
@ExtendWith(ApplicationExtension.class)
class AppShellTest {
    private Path dataDir;
    private FakeServer fake;
    private AppServices services;
    private FxBackground background;

    @Start
    void start(Stage stage) throws IOException {
        dataDir = Files.createTempDirectory("doorstep-shell-test");
        fake = new FakeServer(body -> FakeServer.Reply.json("{}"));
        fake.children = "[{\"id\":\"C-1001\",\"displayName\":\"Ava Example\"},{\"id\":\"C-1002\",\"displayName\":\"Ben Sample\"}]";
        services = AppServices.open(new AppConfig(fake.uri(), dataDir), Clock.systemDefaultZone());
        assertTrue(services.auth().signIn(FakeServer.USERNAME, FakeServer.PASSWORD) instanceof SignInResult.SignedIn);
        background = new FxBackground();
        Scene scene = new Scene(new Group(), DoorstepApp.WIDTH, DoorstepApp.HEIGHT);
        new AppShell(scene, services, background).start();
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() throws IOException {
        background.close();
        services.close();
        fake.close();
        try (var files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    @Test
    void theCaseloadFetchesItselfOnceThenATappedChildOpensItsFormAndBack(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#caseload").queryAs(ListView.class).getItems().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(""), fake.pullCursors, "one pull, from the beginning");

        robot.clickOn("Ben Sample");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("C-1002", robot.lookup("#childId").queryComboBox().getEditor().getText());
        assertEquals("Ben Sample", robot.lookup("#childName").queryAs(Label.class).getText());
        robot.clickOn("#back");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#caseload").tryQuery().isPresent());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#caseload").queryAs(ListView.class).getItems().size() == 2);
        assertEquals(1, fake.pullCursors.size(), "a device that pulled before does not sync on opening the caseload");
    }
}
