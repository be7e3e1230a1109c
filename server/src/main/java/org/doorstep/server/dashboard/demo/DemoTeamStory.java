package org.doorstep.server.dashboard.demo;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.order.Ordered;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.doorstep.compliance.calendar.WorkingDayCalendar;
import org.doorstep.server.access.ScopeChanges;
import org.doorstep.server.db.ChangeNumbers;
import org.doorstep.server.db.ChangeSequence;
import org.doorstep.server.episodes.EpisodeChanges;
import org.doorstep.server.missing.MissingRecords;
import org.doorstep.server.visits.VisitInserts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives the demo team T-NORTH's five children a history, so that maria.manager's dashboard has something to
 * show from the first run ({@code doorstep.demo.dashboard-story: true}, set by {@code ./doorstep demo}):
 * <ul>
 *   <li>C-1001 Ava, child protection plan: visited about every ten days for a year, two gaps ran late, and the
 *       last visit was 25 days ago: <b>overdue</b>. One visit was amended (two versions).</li>
 *   <li>C-1002 Ben, child in need plan: next visit due on the next working day: <b>due soon</b>.</li>
 *   <li>C-1003 Cara, looked after: in time; at her last visit she was <b>not seen alone</b> (she refused), a
 *       reason that waits for the manager's review.</li>
 *   <li>C-1004 Dev, child in need plan: in time; came home from a missing episode 54 hours ago and waits for
 *       his return interview, due within a day; an earlier episode's interview was done in time.</li>
 *   <li>C-1005 Eli, private fostering: in time; seen with the carer (too young to be seen alone).</li>
 * </ul>
 * Every time is relative to the moment of seeding. A child that already has an episode keeps it instead of the
 * story's. Seeds nothing if the story's phone is already registered (the story ran before).
 */
@Singleton
@Requires(property = "doorstep.demo.enabled", value = "true")
@Requires(property = "doorstep.demo.dashboard-story", value = "true")
class DemoTeamStory implements ApplicationEventListener<StartupEvent>, Ordered {
    private static final Logger LOG = LoggerFactory.getLogger(DemoTeamStory.class);
    private final JdbcOperations jdbc;
    private final ChangeSequence changes;
    private final VisitInserts visits;
    private final MissingRecords missing;
    private final ScopeChanges scopes;
    private final EpisodeChanges episodes;
    private final Clock clock;

    DemoTeamStory(JdbcOperations jdbc, ChangeSequence changes, VisitInserts visits, MissingRecords missing, ScopeChanges scopes,
                  EpisodeChanges episodes, Clock clock) {
        this.jdbc = jdbc;
        this.changes = changes;
        this.visits = visits;
        this.missing = missing;
        this.scopes = scopes;
        this.episodes = episodes;
        this.clock = clock;
    }

    @Override
    public int getOrder() {
        return LOWEST_PRECEDENCE; // after the demo team and children are seeded
    }

    @Override
    @Transactional
    public void onApplicationEvent(StartupEvent event) {
        boolean present = jdbc.prepareStatement("SELECT COUNT(*) FROM device WHERE id = ?", s -> {
            s.setString(1, StoryWriter.DEVICE);
            try (var rs = s.executeQuery()) {
                return rs.next() && rs.getInt(1) > 0;
            }
        });
        if (present) {
            return;
        }
        Instant now = clock.instant();
        StoryWriter story = new StoryWriter(jdbc, now);
        LocalDate today = story.today();
        WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();

        // A child that already has an episode (seeded by the demo team itself, or imported) keeps it: the story only
        // adds history, so that each child has one regime.
        story.plan("DS-CP-1001", "C-1001", "cp", today.minusDays(400));
        story.plan("DS-CIN-1002", "C-1002", "cin", today.minusDays(500));
        story.placement("DS-PL-1003", "C-1003", today.minusDays(450));
        story.plan("DS-CIN-1004", "C-1004", "cin", today.minusDays(300));
        story.fostering("DS-PF-1005", "C-1005", today.minusDays(100));

        // Ava: every 9 to 11 days, two gaps of 18 and 20 days (late), nothing for the last 25 days.
        story.visitsEvery("C-1001", today.minusDays(398), today.minusDays(25), new int[] {9, 10, 11, 10, 18, 9, 10, 20, 11});
        story.amendedVisit("C-1001", today.minusDays(60));
        // Ben: every 20 days or so, the last one placed so that the next is due on the next working day.
        LocalDate benLast = today.minusDays(10);
        LocalDate nextWorkingDay = calendar.nthWorkingDayAfter(today, 1);
        while (calendar.nthWorkingDayAfter(benLast, 20).isAfter(nextWorkingDay)) {
            benLast = benLast.minusDays(1);
        }
        story.visitsEvery("C-1002", today.minusDays(495), benLast, new int[] {18, 21, 19, 20, 17});
        // Cara: weekly after the move, then every month; the last visit not alone (she refused).
        story.visitsEvery("C-1003", today.minusDays(449), today.minusDays(40), new int[] {7, 30, 32, 28, 35, 29});
        story.notAloneVisit("C-1003", today.minusDays(10), "Cara asked for her carer to stay in the room.");
        // Dev: every three weeks; back from a missing episode 54 hours ago.
        story.visitsEvery("C-1004", today.minusDays(298), today.minusDays(6), new int[] {19, 21, 20, 18});
        story.missingEpisode("C-1004", now.minusSeconds(80 * 3600), now.minusSeconds(54 * 3600), null);
        story.missingEpisode("C-1004", now.minusSeconds(90L * 24 * 3600), now.minusSeconds(89L * 24 * 3600),
                now.minusSeconds(88L * 24 * 3600));
        // Eli: private fostering, visits every five weeks or so, seen with the carer.
        story.visitsEvery("C-1005", today.minusDays(97), today.minusDays(20), new int[] {36, 40});
        story.notAloneVisit("C-1005", today.minusDays(3), "Eli is seven; seen with the carer.");

        ChangeNumbers numbers = changes.reserve(story.changeCount());
        story.write(numbers, visits, missing);
        scopes.afterMissingEpisodeStored("C-1004", now);
        episodes.record(List.of("C-1001", "C-1002", "C-1003", "C-1004", "C-1005"));
        story.device("U-SAM", "demo-phone-sam", "Sam's phone", now.minusSeconds(4L * 24 * 3600));
        LOG.info("Demo dashboard story: T-NORTH's children have plans, {} visits and missing episodes; sign in to "
                + "/dashboard as maria.manager", story.visitCount());
    }
}
