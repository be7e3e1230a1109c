package org.doorstep.mobile.visit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.doorstep.mobile.pull.Puller;
import org.doorstep.mobile.pull.SqliteCaseloadStore;
import org.doorstep.mobile.store.ChildStore;
import org.doorstep.mobile.store.LocalDatabase;
import org.doorstep.mobile.store.LocalVisit;
import org.doorstep.mobile.store.LocalWipe;
import org.doorstep.mobile.store.SessionStore;
import org.doorstep.mobile.store.SqliteSessionStore;
import org.doorstep.mobile.store.SqliteVisitStore;
import org.doorstep.mobile.store.SyncState;
import org.doorstep.mobile.store.TestKeys;
import org.doorstep.mobile.store.VisitStore;
import org.doorstep.mobile.sync.Authenticator;
import org.doorstep.mobile.sync.Backoff;
import org.doorstep.mobile.sync.DeviceIdentity;
import org.doorstep.mobile.sync.ExecutorTimers;
import org.doorstep.mobile.sync.SyncClient;
import org.doorstep.mobile.sync.SyncScheduler;
import org.doorstep.mobile.sync.SyncService;
import org.doorstep.protocol.auth.SignedInUser;
import org.doorstep.protocol.visit.ChildSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The visit screen, headless (Monocle), against a device database in a temporary folder and no server. */
@ExtendWith(ApplicationExtension.class)
class VisitScreenTest {
    private Path dataDir;
    private static final SignedInUser SAM = new SignedInUser("U-SAM", "sam.worker", "Sam Worker",
            List.of("social_worker"));
    private final AtomicReference<String> toSignIn = new AtomicReference<>();
    private LocalDatabase database;
    private VisitStore visits;
    private FxBackground background;
    private SyncScheduler scheduler;

    @Start
    void start(Stage stage) throws IOException {
        dataDir = Files.createTempDirectory("doorstep-ui-test");
        database = LocalDatabase.open(dataDir, TestKeys.fixed());
        visits = new SqliteVisitStore(database);
        ChildStore children = new ChildStore(database);
        children.replaceAll(List.of(new ChildSummary("C-1001", "Ava Example")));
        // Signed in earlier; the server is out of reach now: the app works on the device's data.
        SessionStore sessions = new SqliteSessionStore(database);
        sessions.signedIn(SAM, "refresh-from-an-earlier-sign-in", Instant.now());
        SyncClient client = new SyncClient(URI.create("http://127.0.0.1:" + closedPort()), Duration.ofSeconds(2),
                Duration.ofSeconds(5));
        LocalWipe wipe = new LocalWipe(database);
        Authenticator auth = new Authenticator(client, sessions, visits, wipe,
                new DeviceIdentity(database.deviceId(), "Test phone"), Clock.systemUTC());
        SyncService sync = new SyncService(visits, new Puller(new SqliteCaseloadStore(database), client, auth,
                Clock.systemUTC())::pullAll, client, auth, wipe);
        // Syncs only on "Sync now" here: no timer and no sync after a save within a test's time.
        scheduler = new SyncScheduler(sync::syncNow, new ExecutorTimers("test-sync"), Clock.systemUTC(),
                new Backoff(Duration.ofMinutes(30), Duration.ofMinutes(30), () -> 0.5),
                new SyncScheduler.Settings(Duration.ofHours(1), Duration.ofHours(1)), null);
        background = new FxBackground();
        Account account = new Account("Sam Worker (sam.worker)", auth::signOut, toSignIn::set);
        stage.setScene(new Scene(VisitScreen.create(new VisitRecorder(visits, Clock.systemDefaultZone()), visits, children,
                scheduler, account, background), 400, 760));
        stage.show();
    }

    @AfterEach
    void close() throws IOException {
        scheduler.close();
        background.close();
        database.close();
        try (var files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    @Test
    void savedVisitIsListedAsWaitingToSync(FxRobot robot) {
        robot.clickOn("#childId").write("C-1001", 0);
        robot.clickOn("#seen");
        robot.clickOn("#seenAlone");
        robot.clickOn("#notes").write("Talked about school.", 0);
        robot.clickOn("#save");
        WaitForAsyncUtils.waitForFxEvents();

        ListView<LocalVisit> list = robot.lookup("#visits").queryListView();
        assertEquals(1, list.getItems().size());
        LocalVisit listed = list.getItems().get(0);
        assertEquals("C-1001", listed.visit().childId());
        assertEquals(true, listed.visit().seenAlone());
        assertEquals("Talked about school.", listed.visit().notes());
        assertEquals(SyncState.WAITING, listed.state());
        Label badge = robot.lookup("#visits .state-badge").queryAs(Label.class);
        assertEquals("Waiting to sync", badge.getText());
        assertEquals("Saved on this device. Waiting to sync.", label(robot, "#status"));
        assertEquals(List.of(listed), visits.list());
        robot.interact(() -> snapshot(robot, "visit-saved"));
    }

    private static void snapshot(FxRobot robot, String name) {
        try {
            Screenshots.save(robot.lookup("#visits").query().getScene().getRoot(), name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void missingReasonWhenNotSeenAloneIsShownAndNothingIsSaved(FxRobot robot) {
        robot.clickOn("#childId").write("C-1001", 0);
        robot.clickOn("#seen");
        robot.clickOn("#save");
        WaitForAsyncUtils.waitForFxEvents();

        robot.interact(() -> snapshot(robot, "form-with-error"));
        assertEquals("Say why the child was not seen alone", label(robot, "#notAloneReasonError"));
        assertEquals("Not saved: check the fields marked in red.", label(robot, "#status"));
        assertEquals(0, robot.lookup("#visits").queryListView().getItems().size());
        assertEquals(List.of(), visits.list());

        robot.clickOn("#notAloneReason").write("Foster carer stayed at the child's request", 0);
        robot.clickOn("#save");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("", label(robot, "#notAloneReasonError"));
        assertEquals("Foster carer stayed at the child's request", visits.list().get(0).visit().notAloneReason());
    }

    @Test
    void syncWithNoServerSaysSoAndKeepsTheVisitWaiting(FxRobot robot) throws Exception {
        robot.clickOn("#childId").write("C-1001", 0);
        robot.clickOn("#save");
        robot.clickOn("#syncNow");

        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> label(robot, "#status").startsWith("Sync:"));
        WaitForAsyncUtils.waitForFxEvents();
        String status = label(robot, "#status");
        assertTrue(status.startsWith("Sync: 0 sent, 0 rejected, 1 waiting. Cannot reach the server"), status);
        assertEquals("Waiting to sync", robot.lookup("#visits .state-badge").queryAs(Label.class).getText());
        assertFalse(robot.lookup("#syncNow").queryButton().isDisabled());
        String line = label(robot, "#syncStatus");
        assertTrue(line.startsWith("1 waiting to sync · never synced on this device · no connection to the server; next try "),
                line);
        assertFalse(robot.lookup("#syncProgress").query().isVisible(), "no progress bar once the sync ended");
        robot.interact(() -> snapshot(robot, "visit-sync-failed"));
    }

    @Test
    void signOutIsRefusedWhileVisitsWaitAndOffersSyncNow(FxRobot robot) throws Exception {
        assertEquals("Signed in as Sam Worker (sam.worker)", label(robot, "#signedInAs"));
        robot.clickOn("#childId").write("C-1001", 0);
        robot.clickOn("#save");
        robot.clickOn("#signOut");

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> label(robot, "#status").startsWith("You have"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("You have 1 visit not sent yet. Press Sync now to send it before signing out.", label(robot, "#status"));
        assertTrue(robot.lookup("#syncNow").queryButton().isFocused());
        assertEquals(null, toSignIn.get(), "still on the visit screen");
        assertEquals(SyncState.WAITING, visits.list().get(0).state());
    }

    private static String label(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
