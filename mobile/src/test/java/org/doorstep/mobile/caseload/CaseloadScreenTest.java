package org.doorstep.mobile.caseload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.doorstep.mobile.pull.Changes;
import org.doorstep.mobile.pull.SqliteCaseloadStore;
import org.doorstep.mobile.store.InMemoryVisitStore;
import org.doorstep.mobile.store.LocalDatabase;
import org.doorstep.mobile.store.TestKeys;
import org.doorstep.mobile.sync.Backoff;
import org.doorstep.mobile.sync.ExecutorTimers;
import org.doorstep.mobile.sync.SignOutResult;
import org.doorstep.mobile.sync.SyncScheduler;
import org.doorstep.mobile.sync.SyncSummary;
import org.doorstep.protocol.child.ChildEpisodes;
import org.doorstep.protocol.pull.Change;
import org.doorstep.mobile.visit.Account;
import org.doorstep.mobile.visit.FxBackground;
import org.doorstep.mobile.visit.Screenshots;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The caseload screen, headless (Monocle), over a device database holding the seeded caseload of
 * {@link Caseloads} at its fixed moment (Monday 23 November 2026, 10:00): badges, search, missing children first,
 * a tap opening the child's visit form, the sync status line, and the caseload read again after each sync the
 * scheduler runs.
 */
@ExtendWith(ApplicationExtension.class)
class CaseloadScreenTest {
    private Path dataDir;
    private LocalDatabase database;
    private FxBackground background;
    private SqliteCaseloadStore store;
    private SyncScheduler scheduler;
    private final List<String> opened = new CopyOnWriteArrayList<>();
    private final AtomicInteger syncs = new AtomicInteger();
    /** What the next sync pulls, if anything (as the app's pull runs inside the sync). */
    private final AtomicReference<List<Change>> nextPull = new AtomicReference<>();

    @Start
    void start(Stage stage) throws IOException {
        dataDir = Files.createTempDirectory("doorstep-caseload-test");
        database = LocalDatabase.open(dataDir, TestKeys.fixed());
        store = new SqliteCaseloadStore(database);
        Caseloads.seed(store);
        // The status line's count: Dev's visit waits to be sent (Caseloads.deviceVisits).
        InMemoryVisitStore visits = new InMemoryVisitStore();
        visits.save(Caseloads.deviceVisits().get(0).visit());
        // Last synced at the seeded moment; syncs only when asked here (no timer within a test's time).
        scheduler = new SyncScheduler(() -> {
            syncs.incrementAndGet();
            List<Change> page = nextPull.getAndSet(null);
            if (page != null) {
                store.applyPage(page, "c2", Caseloads.CLOCK.instant());
            }
            return new SyncSummary(0, 0, 1, null);
        }, new ExecutorTimers("test-sync"), Caseloads.CLOCK,
                new Backoff(Duration.ofMinutes(30), Duration.ofMinutes(30), () -> 0.5),
                new SyncScheduler.Settings(Duration.ofHours(1), Duration.ofHours(1)), Caseloads.CLOCK.instant());
        background = new FxBackground();
        Account account = new Account("sam.worker", "Sam Worker (sam.worker)", () -> new SignOutResult(false, 1, "Not now"), message -> { });
        Caseload caseload = new Caseload(store, Caseloads::deviceVisits, Caseloads.CLOCK);
        stage.setScene(new Scene(CaseloadScreen.create(caseload, scheduler, visits::countWaiting, account, opened::add, background),
                400, 760));
        stage.show();
    }

    @BeforeEach
    void awaitTheCaseload(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !list(robot).getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
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

    @SuppressWarnings("unchecked")
    private static ListView<CaseloadEntry> list(FxRobot robot) {
        return (ListView<CaseloadEntry>) robot.lookup("#caseload").queryAs(ListView.class);
    }

    private static List<String> shownIds(FxRobot robot) {
        return list(robot).getItems().stream().map(CaseloadEntry::childId).toList();
    }

    /** The cells on screen, top to bottom: name to the cell's labels (badge, due line, clock line). */
    private static Map<String, VBox> cells(FxRobot robot) {
        Map<String, VBox> cells = new LinkedHashMap<>();
        robot.lookup(".caseload-cell").queryAllAs(VBox.class).stream()
                .filter(Node::isVisible)
                .sorted(Comparator.comparingDouble(box -> box.localToScene(0, 0).getY()))
                .forEach(box -> cells.put(labelIn(box, ".child-name").getText(), box));
        return cells;
    }

    private static Label labelIn(Node cell, String styleClass) {
        return (Label) cell.lookup(styleClass);
    }

    @Test
    void eachChildShowsItsBadgeAndWhatIsDueWhen(FxRobot robot) {
        Map<String, VBox> cells = cells(robot);

        Label ava = labelIn(cells.get("Ava Example"), ".badge");
        assertEquals("Overdue", ava.getText());
        assertTrue(ava.getStyleClass().contains("badge-overdue"));
        assertEquals("C-1 · Child protection visit was due Mon 16 Nov (7 days ago)",
                labelIn(cells.get("Ava Example"), ".due-line").getText());
        assertEquals("Due soon", labelIn(cells.get("Ben Sample"), ".badge").getText());
        assertTrue(labelIn(cells.get("Ben Sample"), ".badge").getStyleClass().contains("badge-due-soon"));
        assertEquals("C-2 · Child in need visit due Tue 24 Nov (tomorrow)", labelIn(cells.get("Ben Sample"), ".due-line").getText());
        assertEquals("Not yet due", labelIn(cells.get("Eli Madeup"), ".badge").getText());
        assertEquals("10 children. Due dates use the standard settings (the council has not changed them).",
                robot.lookup("#caseloadSummary").queryAs(Label.class).getText());
        assertEquals("1 waiting to sync · last synced 10:00", robot.lookup("#syncStatus").queryAs(Label.class).getText());
        assertEquals(0, syncs.get(), "the screen itself does not sync on opening (the app asks when it is unlocked)");
        robot.interact(() -> {
            try {
                Screenshots.save(robot.lookup("#caseload").query().getScene().getRoot(), "caseload");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });

        robot.interact(() -> list(robot).scrollTo(shownIds(robot).indexOf("C-4")));
        WaitForAsyncUtils.waitForFxEvents();
        VBox dev = cells(robot).get("Dev Fictional");
        assertEquals("OK", labelIn(dev, ".badge").getText(), "counts the device's unsent visit");
        assertTrue(labelIn(dev, ".badge").getStyleClass().contains("badge-ok"));
        assertEquals("C-4 · Child protection visit due Fri 4 Dec", labelIn(dev, ".due-line").getText());
    }

    @Test
    void childrenMissingOrAwaitingAReturnInterviewComeFirstWithTheTimeLeft(FxRobot robot) {
        assertEquals(List.of("C-6", "C-7", "C-1", "C-2", "C-5", "C-4", "C-3", "C-10", "C-8", "C-9"), shownIds(robot));
        List<VBox> top = List.copyOf(cells(robot).values()).subList(0, 2);

        assertEquals("Fay Invented", labelIn(top.get(0), ".child-name").getText());
        Label missing = labelIn(top.get(0), ".clock-line");
        assertEquals("Missing since Sun 22 Nov 21:00", missing.getText());
        assertTrue(missing.getStyleClass().contains("clock-urgent"));
        assertEquals("Gus Imagined", labelIn(top.get(1), ".child-name").getText());
        assertEquals("Return interview: 56 h left (by Wed 25 Nov 18:00)", labelIn(top.get(1), ".clock-line").getText());
        assertFalse(labelIn(cells(robot).get("Ben Sample"), ".clock-line").isVisible(), "no clock line without a clock");
    }

    @Test
    void searchKeepsTheChildrenWhoseNameOrIdMatches(FxRobot robot) {
        robot.clickOn("#search").write("ben", 0);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("C-2"), shownIds(robot));

        robot.interact(() -> robot.lookup("#search").queryTextInputControl().setText("C-1"));
        assertEquals(List.of("C-1", "C-10"), shownIds(robot), "ids too, in the list's order");

        robot.interact(() -> robot.lookup("#search").queryTextInputControl().setText("zebra"));
        assertEquals(List.of(), shownIds(robot));
        assertEquals("No child matches \u201czebra\u201d.", robot.lookup("#caseloadEmpty").queryAs(Label.class).getText());

        robot.interact(() -> robot.lookup("#search").queryTextInputControl().clear());
        assertEquals(10, shownIds(robot).size());
    }

    @Test
    void tappingAChildOpensItsVisitForm(FxRobot robot) {
        robot.clickOn(labelIn(cells(robot).get("Ben Sample"), ".child-name"));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of("C-2"), opened);
    }

    @Test
    void syncNowSyncsThenReadsTheCaseloadAgain(FxRobot robot) throws Exception {
        robot.clickOn("#syncNow");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#status").queryAs(Label.class).getText()
                .startsWith("Sync:"));

        assertEquals(1, syncs.get());
        assertEquals("Sync: 0 sent, 0 rejected, 1 waiting.", robot.lookup("#status").queryAs(Label.class).getText());
        assertEquals(HBox.class, labelIn(cells(robot).get("Ava Example"), ".badge").getParent().getClass());
    }

    @Test
    void aSyncTheSchedulerRunsOnItsOwnShowsWhatItPulled(FxRobot robot) throws Exception {
        nextPull.set(List.of(Changes.child("C-11", "Kit Arrived", ChildEpisodes.NONE)));

        scheduler.requestNow(); // as the app does when it is unlocked or comes back to the front

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shownIds(robot).contains("C-11"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, syncs.get());
        assertEquals(11, shownIds(robot).size());
        assertTrue(robot.lookup("#caseloadSummary").queryAs(Label.class).getText().startsWith("11 children."));
        assertEquals("", robot.lookup("#status").queryAs(Label.class).getText(),
                "a sync nobody asked for that went well says nothing beyond the status line");
        assertFalse(robot.lookup("#syncNow").queryButton().isDisabled());
    }
}
