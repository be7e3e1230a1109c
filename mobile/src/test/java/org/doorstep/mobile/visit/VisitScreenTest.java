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
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.doorstep.mobile.pull.Puller;
import org.doorstep.mobile.pull.SqliteCaseloadStore;
import org.doorstep.mobile.store.ChildStore;
import org.doorstep.mobile.store.LocalDatabase;
import org.doorstep.mobile.store.DraftStore;
import org.doorstep.mobile.store.LocalVisit;
import org.doorstep.mobile.store.OutboxEntry;
import org.doorstep.mobile.store.LocalWipe;
import org.doorstep.mobile.store.SessionStore;
import org.doorstep.mobile.store.SqliteDraftStore;
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
import org.doorstep.protocol.ApiError;
import org.doorstep.protocol.ErrorCode;
import org.doorstep.protocol.auth.SignedInUser;
import org.doorstep.protocol.push.MutationResult;
import org.doorstep.protocol.visit.Visit;
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
    private ChildStore children;
    private Account account;
    private Stage stage;
    private DraftStore drafts;

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
        Account account = new Account("sam.worker", "Sam Worker (sam.worker)", auth::signOut, toSignIn::set);
        this.children = children;
        this.account = account;
        this.stage = stage;
        drafts = new SqliteDraftStore(database, Clock.systemUTC());
        stage.setScene(new Scene(screen(), 400, 760));
        stage.show();
    }

    private javafx.scene.Parent screen() {
        return VisitScreen.create(new VisitRecorder(visits, Clock.systemDefaultZone()), visits, children,
                new SqliteDraftStore(database, Clock.systemUTC()), scheduler, account, background);
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
        type(robot, "#notes", "Talked about school.");
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
        assertEquals("Choose why the child was not seen alone", label(robot, "#notAloneCodeError"));
        assertEquals("Not saved: check the fields marked in red.", label(robot, "#status"));
        assertTrue(robot.lookup("#notAloneCode").query().isFocused(), "the focus goes to the first field in error");
        assertEquals(0, robot.lookup("#visits").queryListView().getItems().size());
        assertEquals(List.of(), visits.list());

        choose(robot, "#notAloneCode", Visit.OTHER_REASON);
        robot.clickOn("#save");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", label(robot, "#notAloneCodeError"));
        assertEquals("Say why the child was not seen alone", label(robot, "#notAloneReasonError"));
        assertEquals(List.of(), visits.list());

        type(robot, "#notAloneReason", "Foster carer stayed at the child's request");
        robot.clickOn("#save");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("", label(robot, "#notAloneReasonError"));
        assertEquals("Foster carer stayed at the child's request", visits.list().get(0).visit().notAloneReason());
        assertEquals(Visit.OTHER_REASON, visits.list().get(0).visit().notAloneCode());
    }

    @Test
    void everyFieldOfTheFullFormIsSaved(FxRobot robot) {
        robot.clickOn("#childId").write("C-1001", 0);
        choose(robot, "#visitType", Visit.CORE_GROUP);
        robot.clickOn("#seen");
        choose(robot, "#notAloneCode", Visit.CHILD_REFUSED);
        choose(robot, "#bedroomSeen", VisitChoices.BEDROOM_YES);
        type(robot, "#childViews", "Wants more time with her brother.");
        type(robot, "#observations", "Warm, tidy home; calm with her carer.");
        type(robot, "#actions", "Ask about sibling contact at the review.");
        robot.interact(() -> snapshot(robot, "visit-form"));
        robot.clickOn("#save");
        WaitForAsyncUtils.waitForFxEvents();

        Visit saved = visits.list().get(0).visit();
        assertEquals(Visit.CORE_GROUP, saved.type());
        assertEquals(true, saved.seen());
        assertEquals(false, saved.seenAlone());
        assertEquals(Visit.CHILD_REFUSED, saved.notAloneCode());
        assertEquals(true, saved.bedroomSeen());
        assertEquals("Wants more time with her brother.", saved.childViews());
        assertEquals("Warm, tidy home; calm with her carer.", saved.observations());
        assertEquals("Ask about sibling contact at the review.", saved.actions());
        assertEquals(java.time.ZoneId.systemDefault().getRules().getOffset(saved.occurredAt().toInstant()),
                saved.occurredAt().getOffset(), "the device's offset is kept");
        assertEquals(Visit.STATUTORY, robot.lookup("#visitType").queryAs(ChoiceBox.class).getValue(), "the form is new again");
    }

    @Test
    void whatWasTypedIsRestoredWhenTheFormOpensAgainAndForgottenOnceSaved(FxRobot robot) throws Exception {
        robot.clickOn("#childId").write("C-1001", 0);
        robot.clickOn("#seen");
        robot.clickOn("#seenAlone");
        type(robot, "#childViews", "Likes her new school.");
        Thread.sleep((long) VisitPresenter.DRAFT_DELAY.toMillis() * 3);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(drafts.find(VisitDrafts.storeKey("sam.worker", VisitDrafts.newVisitKey(null))).isPresent(), "kept while typing");
        assertEquals(List.of(), visits.list(), "a draft is never a visit");

        // The app is killed and started again: the screen is built anew from the device database.
        robot.interact(() -> stage.getScene().setRoot(screen()));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("C-1001", robot.lookup("#childId").queryComboBox().getEditor().getText());
        assertEquals("Likes her new school.", robot.lookup("#childViews").queryAs(TextArea.class).getText());
        assertTrue(robot.lookup("#seenAlone").queryAs(CheckBox.class).isSelected());
        assertTrue(label(robot, "#draftNote").startsWith("Restored what you had typed before"));
        robot.interact(() -> snapshot(robot, "visit-draft-restored"));

        robot.clickOn("#save");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Likes her new school.", visits.list().get(0).visit().childViews());
        assertTrue(drafts.find(VisitDrafts.storeKey("sam.worker", VisitDrafts.newVisitKey(null))).isEmpty(), "saving forgets the draft");
    }

    @Test
    void aSentVisitIsCorrectedAsANewVersionOfTheServersVersion(FxRobot robot) {
        robot.clickOn("#childId").write("C-1001", 0);
        type(robot, "#observations", "Kitchen tidy.");
        robot.clickOn("#save");
        WaitForAsyncUtils.waitForFxEvents();
        LocalVisit first = visits.list().get(0);
        visits.applyResults(List.of(MutationResult.applied(visits.outbox().get(0).operationId(), first.visit().id(), 1)));
        robot.interact(() -> stage.getScene().setRoot(screen()));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#correct").queryButton().isDisabled(), "nothing selected yet");

        robot.interact(() -> robot.lookup("#visits").queryListView().getSelectionModel().select(0));
        robot.interact(() -> robot.lookup("#correct").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(label(robot, "#formTitle").startsWith("Correct the visit of "));
        assertEquals("Kitchen tidy.", robot.lookup("#observations").queryAs(TextArea.class).getText());
        assertTrue(robot.lookup("#childId").query().isDisabled(), "a correction keeps the child");
        robot.interact(() -> robot.lookup("#observations").queryAs(TextArea.class).setText("Kitchen tidy; fridge empty."));
        robot.interact(() -> snapshot(robot, "visit-correction"));
        robot.clickOn("#save");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("Correction saved on this device as a new version. Waiting to sync.", label(robot, "#status"));
        OutboxEntry entry = visits.outbox().get(0);
        assertEquals(first.visit().id(), entry.visit().id());
        assertEquals(1, entry.baseVersion());
        assertEquals("Kitchen tidy; fridge empty.", entry.visit().observations());
        assertEquals(SyncState.WAITING, visits.find(first.visit().id()).orElseThrow().state());
        assertEquals("Record a visit", label(robot, "#formTitle"));
    }

    @Test
    void aRejectedVisitShowsTheServersReasonAndIsSentAgainAsNewOnceFixed(FxRobot robot) {
        robot.clickOn("#childId").write("C-1001", 0);
        robot.clickOn("#save");
        WaitForAsyncUtils.waitForFxEvents();
        LocalVisit first = visits.list().get(0);
        visits.applyResults(List.of(MutationResult.rejected(visits.outbox().get(0).operationId(), first.visit().id(),
                ApiError.onField(ErrorCode.TOO_OLD, "visit.occurredAt", "The visit date is before 2000"))));
        robot.interact(() -> stage.getScene().setRoot(screen()));
        WaitForAsyncUtils.waitForFxEvents();

        robot.interact(() -> robot.lookup("#visits").queryListView().getSelectionModel().select(0));
        robot.interact(() -> robot.lookup("#correct").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(label(robot, "#formTitle").startsWith("Fix the visit of "));
        assertEquals("The server's reason: The visit date is before 2000", label(robot, "#status"));
        robot.clickOn("#save");
        WaitForAsyncUtils.waitForFxEvents();

        OutboxEntry entry = visits.outbox().get(0);
        assertEquals(first.visit().id(), entry.visit().id());
        assertEquals(null, entry.baseVersion(), "the server never stored it: sent again as new");
        assertEquals(SyncState.WAITING, visits.find(first.visit().id()).orElseThrow().state());
    }

    private static void type(FxRobot robot, String query, String text) {
        TextInputControl field = robot.lookup(query).queryAs(TextInputControl.class);
        robot.interact(() -> {
            field.requestFocus();
            field.setText(text);
        });
    }

    @SuppressWarnings("unchecked")
    private static void choose(FxRobot robot, String query, String code) {
        ChoiceBox<String> box = robot.lookup(query).queryAs(ChoiceBox.class);
        robot.interact(() -> box.setValue(code));
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
