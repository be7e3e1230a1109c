package org.doorstep.server.dashboard.team;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.doorstep.server.audit.AuditLog;
import org.doorstep.server.dashboard.compliance.ComplianceSnapshots;
import org.doorstep.server.dashboard.compliance.SnapshotReader;
import org.doorstep.server.dashboard.session.WebSession;
import org.doorstep.server.dashboard.web.CsvDownloads;
import org.doorstep.server.dashboard.web.Formats;
import org.doorstep.server.dashboard.web.Pages;

/** Return home interviews waiting or late, for a team manager's team. */
@Hidden
@Produces({MediaType.TEXT_HTML, "text/csv", MediaType.APPLICATION_JSON})
@Controller("/dashboard/team")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class InterviewController {
    static final String PAGE = "/dashboard/team/return-interviews";
    private final TeamScope teams;
    private final ComplianceSnapshots snapshots;
    private final SnapshotReader reader;
    private final AuditLog audit;
    private final Pages pages;
    private final Clock clock;

    InterviewController(TeamScope teams, ComplianceSnapshots snapshots, SnapshotReader reader, AuditLog audit, Pages pages,
                        Clock clock) {
        this.teams = teams;
        this.snapshots = snapshots;
        this.reader = reader;
        this.audit = audit;
        this.pages = pages;
        this.clock = clock;
    }

    @Get("/return-interviews")
    MutableHttpResponse<?> page(HttpRequest<?> request, @Nullable @QueryValue String worker) {
        WebSession session = Pages.sessionOf(request);
        TeamScope.Team team = teams.of(session);
        Filters filters = Filters.parse(worker, null, null, teams.workers(team.id()));
        Instant now = clock.instant();
        List<SnapshotReader.RhiRow> clocks = clocks(team, filters);
        List<TeamOverviewPage.PendingInterview> pending = new ArrayList<>();
        List<TeamOverviewPage.PendingInterview> overdue = new ArrayList<>();
        List<SnapshotReader.RhiRow> soonestFirst = new ArrayList<>(clocks);
        soonestFirst.sort(Comparator.comparing(r -> r.clock().deadline()));
        for (SnapshotReader.RhiRow row : soonestFirst) {
            if (row.clock().pending()) {
                pending.add(Overview.pendingInterview(row, now));
            } else if (row.clock().overdue()) {
                overdue.add(Overview.pendingInterview(row, now));
            }
        }
        TeamOverviewPage.Interviews figures = Overview.interviews(clocks, now,
                YearMonth.from(now.atZone(Formats.LONDON)).minusMonths(11), PAGE + filters.query());
        audit.record(session.caller(), AuditLog.READ, null, "page " + request.getPath(), clocks.size() + " episodes summarised");
        return pages.render(request, HttpStatus.OK, "team/interviews", "Return interviews",
                new InterviewsPage(team.name(), figures, pending, overdue, PAGE + ".csv" + filters.query()));
    }

    @Get("/return-interviews.csv")
    MutableHttpResponse<?> csv(HttpRequest<?> request, @Nullable @QueryValue String worker) {
        WebSession session = Pages.sessionOf(request);
        TeamScope.Team team = teams.of(session);
        Filters filters = Filters.parse(worker, null, null, teams.workers(team.id()));
        List<SnapshotReader.RhiRow> clocks = clocks(team, filters);
        audit.record(session.caller(), AuditLog.READ, null, "csv " + request.getPath(), clocks.size() + " episodes exported");
        List<List<String>> rows = new ArrayList<>();
        for (SnapshotReader.RhiRow r : clocks) {
            rows.add(List.of(r.clock().childId(), r.childName(), r.workerName() == null ? "" : r.workerName(),
                    Formats.dateTime(r.clock().returnedAt()), Formats.dateTime(r.clock().deadline()), r.clock().status(),
                    yesNo(r.clock().offeredInTime()), yesNo(r.clock().completedInTime())));
        }
        return CsvDownloads.of(request, "return-interviews-" + team.id() + ".csv", List.of("Child id", "Name", "Worker",
                "Returned", "Deadline", "Status", "Offered in time", "Completed in time"), rows);
    }

    private List<SnapshotReader.RhiRow> clocks(TeamScope.Team team, Filters filters) {
        snapshots.refresh(team.scope());
        return reader.clocks(team.scope()).stream()
                .filter(r -> filters.worker() == null || filters.worker().equals(r.clock().workerId()))
                .sorted(Comparator.comparing((SnapshotReader.RhiRow r) -> r.clock().deadline()).reversed()).toList();
    }

    private static String yesNo(Boolean value) {
        return value == null ? "not yet known" : value ? "yes" : "no";
    }
}
