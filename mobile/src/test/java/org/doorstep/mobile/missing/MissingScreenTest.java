package org.doorstep.mobile.missing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.doorstep.mobile.caseload.Caseload;
import org.doorstep.mobile.pull.Changes;
import org.doorstep.mobile.pull.SqliteCaseloadStore;
import org.doorstep.mobile.store.LocalDatabase;
import org.doorstep.mobile.store.LocalMissing;
import org.doorstep.mobile.store.SqliteMissingStore;
import org.doorstep.mobile.store.SyncState;
import org.doorstep.mobile.store.TestKeys;
import org.doorstep.mobile.sync.Backoff;
import org.doorstep.mobile.sync.ExecutorTimers;
import org.doorstep.mobile.sync.SyncScheduler;
import org.doorstep.mobile.sync.SyncSummary;
import org.doorstep.mobile.visit.Screenshots;
import org.doorstep.protocol.missing.MissingEpisode;
import org.doorstep.protocol.missing.ReturnInterview;
import org.doorstep.protocol.push.MutationResult;
import org.doorstep.protocol.ApiError;
import org.doorstep.protocol.ErrorCode;
import org.doorstep.protocol.push.RecordMissingEpisode;
import org.doorstep.protocol.push.RecordReturnInterview;
import org.doorstep.protocol.push.UpdateReturnInterview;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The missing and return screen, headless, on a device database with a pulled caseload and no server. */
@ExtendWith(ApplicationExtension.class)
class MissingScreenTest {
    /** Monday 23 November 2026, 10:00 in London. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneId.of("Europe/London"));
    private Path dataDir;
    private LocalDatabase database;
    private SqliteMissingStore store;
    private SyncScheduler scheduler;
    private final AtomicInteger syncsAsked = new AtomicInteger();

    @Start
    void start(Stage stage) throws IOException {
        dataDir = Files.createTempDirectory("doorstep-missing-test");
        database = LocalDatabase.open(dataDir, TestKeys.fixed());
        SqliteCaseloadStore pulled = new SqliteCaseloadStore(database);
        pulled.applyPage(List.of(Changes.policy(0), Changes.child("C-1003", "Cara Test", Changes.cinPlan("2026-10-05"))),
                "c1", CLOCK.instant());
        store = new SqliteMissingStore(database, CLOCK);
        scheduler = new SyncScheduler(() -> new SyncSummary(0, 0, 0, null), new ExecutorTimers("test-sync"), CLOCK,
                new Backoff(Duration.ofMinutes(30), Duration.ofMinutes(30), () -> 0.5),
                new SyncScheduler.Settings(Duration.ofHours(1), Duration.ofHours(1)), null);
        MissingRecorder recorder = new MissingRecorder(store, pulled, syncsAsked::incrementAndGet, CLOCK);
        Caseload caseload = new Caseload(pulled, List::of, store::list, CLOCK);
        stage.setScene(new Scene(MissingScreen.create(recorder, store, pulled, caseload, scheduler, "C-1003", () -> { },
                () -> { }), 400, 760));
        stage.show();
    }

    @AfterEach
    void close() throws IOException {
        scheduler.close();
        database.close();
        try (var files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    @Test
    void aReturnIsRecordedAndThe72HourCountdownRunsFromIt(FxRobot robot) {
        assertEquals("No return interview due", label(robot, "#returnClock"));
        assertTrue(robot.lookup("#interviewBox").query().isDisabled(), "no episode yet");
        date(robot, "#wentDate", "21/11/2026");
        type(robot, "#wentTime", "21:30");
        date(robot, "#returnedDate", "22/11/2026");
        type(robot, "#returnedTime", "18:00");
        type(robot, "#policeReference", "MP-26-0412");
        type(robot, "#episodeNotes", "Found by police at a friend's flat.");
        robot.interact(() -> robot.lookup("#saveEpisode").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("Episode saved on this device. Waiting to sync.", label(robot, "#missingStatus"));
        // Back on Sunday 22 November 18:00 (UTC, as London in winter): due within 72 hours, by Wednesday 18:00: 56 hours from Monday 10:00.
        assertEquals("Return interview: 56 h left (by Wed 25 Nov 18:00)", label(robot, "#returnClock"));
        LocalMissing saved = store.list().get(0);
        assertEquals(OffsetDateTime.parse("2026-11-22T18:00Z"), saved.episode().returnedAt());
        assertEquals("MP-26-0412", saved.episode().policeReference());
        assertEquals(SyncState.WAITING, saved.state());
        assertInstanceOf(RecordMissingEpisode.class, store.outbox().get(0));
        assertEquals(1, syncsAsked.get(), "a save asks for a sync");
        assertTrue(!robot.lookup("#interviewBox").query().isDisabled(), "the interview can be recorded now");
        robot.interact(() -> snapshot(robot, "missing-return"));

        // The offer, then the interview held: an update of the offer.
        type(robot, "#interviewerRole", "Independent return interview worker");
        robot.interact(() -> robot.lookup("#saveInterview").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertInstanceOf(RecordReturnInterview.class, store.outbox().get(1));
        assertEquals("Return interview: 56 h left (by Wed 25 Nov 18:00)", label(robot, "#returnClock"),
                "an offer does not stop the clock");

        choose(robot, "#outcome", ReturnInterview.COMPLETED);
        date(robot, "#heldDate", "23/11/2026");
        type(robot, "#heldTime", "10:00"); // not before the offer (saved at 10:00)
        type(robot, "#childAccount", "Stayed with an older friend at a flat in town.");
        type(robot, "#pushFactors", "Rows at home about school.");
        type(robot, "#pullFactors", "The friend offers a place to stay.");
        type(robot, "#risksIdentified", "Older friend not known to services.");
        type(robot, "#followUp", "Share with the exploitation lead; family session next week.");
        robot.interact(() -> {
            robot.lookup(".scroll-pane").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(0.75);
            snapshot(robot, "return-interview");
        });
        robot.interact(() -> robot.lookup("#saveInterview").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();

        UpdateReturnInterview update = assertInstanceOf(UpdateReturnInterview.class, store.outbox().get(2));
        assertEquals(1, update.baseVersion());
        ReturnInterview held = update.interview();
        assertEquals(ReturnInterview.COMPLETED, held.outcome());
        assertEquals(OffsetDateTime.parse("2026-11-23T10:00Z"), held.completedAt());
        assertEquals("Older friend not known to services.", held.risksIdentified());
        assertEquals("Rows at home about school.", held.pushFactors());
        assertEquals("The friend offers a place to stay.", held.pullFactors());
        assertEquals("No return interview due", label(robot, "#returnClock"), "held in time: no clock any more");
    }

    @Test
    void anEpisodeTheServerRefusedShowsItsReasonNextToTheFieldAndIsSentAgainOnceFixed(FxRobot robot) throws Exception {
        date(robot, "#wentDate", "21/11/2026");
        type(robot, "#wentTime", "21:30");
        robot.interact(() -> robot.lookup("#saveEpisode").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        RecordMissingEpisode sent = assertInstanceOf(RecordMissingEpisode.class, store.outbox().get(0));
        store.applyResults(List.of(MutationResult.rejected(sent.operationId(), sent.episode().id(),
                ApiError.onField(ErrorCode.INCONSISTENT, "episode.wentMissingAt", "wentMissingAt is after the police were told."))));

        robot.interact(scheduler::requestNow); // a sync ends: the screen reads the records again
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> !label(robot, "#wentMissingAtError").isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("Not accepted by the server: wentMissingAt is after the police were told. Fix it and save again.",
                label(robot, "#wentMissingAtError"));
        robot.interact(() -> snapshot(robot, "missing-rejected"));
        type(robot, "#wentTime", "20:30");
        robot.interact(() -> robot.lookup("#saveEpisode").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(SyncState.WAITING, store.list().get(0).state(), "fixed: waiting to be sent again");
        assertEquals("", label(robot, "#wentMissingAtError"));
    }

    @Test
    void aReturnBeforeTheEpisodeStartedIsRefusedNextToTheField(FxRobot robot) {
        date(robot, "#wentDate", "21/11/2026");
        type(robot, "#wentTime", "21:30");
        date(robot, "#returnedDate", "21/11/2026");
        type(robot, "#returnedTime", "20:00");
        robot.interact(() -> robot.lookup("#saveEpisode").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(label(robot, "#returnedAtError").startsWith("returnedAt"), label(robot, "#returnedAtError"));
        assertEquals("Not saved: check the fields marked in red.", label(robot, "#missingStatus"));
        assertEquals(List.of(), store.list());
        robot.interact(() -> snapshot(robot, "missing-with-error"));
    }

    @Test
    void aCompletedInterviewNeedsTheTimeItWasHeld(FxRobot robot) {
        date(robot, "#wentDate", "21/11/2026");
        type(robot, "#wentTime", "21:30");
        robot.interact(() -> robot.lookup("#returnedNow").queryButton().fire());
        robot.interact(() -> robot.lookup("#saveEpisode").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        choose(robot, "#outcome", ReturnInterview.COMPLETED);
        robot.interact(() -> robot.lookup("#saveInterview").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("Enter the date and time", label(robot, "#heldAtError"));
        assertEquals(1, store.list().size(), "only the episode");
        MissingEpisode episode = store.list().get(0).episode();
        assertEquals(OffsetDateTime.parse("2026-11-23T10:00Z"), episode.returnedAt(), "'Back now' is the device's now");
    }

    private static void type(FxRobot robot, String query, String text) {
        TextInputControl field = robot.lookup(query).queryAs(TextInputControl.class);
        robot.interact(() -> {
            field.requestFocus();
            field.setText(text);
        });
    }

    private static void date(FxRobot robot, String query, String text) {
        DatePicker picker = robot.lookup(query).queryAs(DatePicker.class);
        robot.interact(() -> picker.getEditor().setText(text));
    }

    @SuppressWarnings("unchecked")
    private static void choose(FxRobot robot, String query, String code) {
        ChoiceBox<String> box = robot.lookup(query).queryAs(ChoiceBox.class);
        robot.interact(() -> box.setValue(code));
    }

    private static String label(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static void snapshot(FxRobot robot, String name) {
        try {
            Screenshots.save(robot.lookup("#episodes").query().getScene().getRoot(), name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
