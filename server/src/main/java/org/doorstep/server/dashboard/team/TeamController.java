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
import java.util.List;
import java.util.stream.Collectors;
import org.doorstep.server.audit.AuditLog;
import org.doorstep.server.dashboard.compliance.ComplianceSnapshots;
import org.doorstep.server.dashboard.compliance.Regime;
import org.doorstep.server.dashboard.compliance.SnapshotReader;
import org.doorstep.server.dashboard.compliance.SnapshotRow;
import org.doorstep.server.dashboard.review.VisitReviews;
import org.doorstep.server.dashboard.session.WebSession;
import org.doorstep.server.dashboard.web.CsvDownloads;
import org.doorstep.server.dashboard.web.Formats;
import org.doorstep.server.dashboard.web.Pages;

/**
 * The team overview and the lists behind its numbers, for a team manager's own team. Each page first brings the
 * team's compliance snapshot up to date, so what it shows includes every record synced before the request.
 */
@Hidden
@Produces({MediaType.TEXT_HTML, "text/csv", MediaType.APPLICATION_JSON})
@Controller("/dashboard/team")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class TeamController {
    private final TeamScope teams;
    private final ComplianceSnapshots snapshots;
    private final SnapshotReader reader;
    private final VisitReviews reviews;
    private final AuditLog audit;
    private final Pages pages;
    private final Clock clock;

    TeamController(TeamScope teams, ComplianceSnapshots snapshots, SnapshotReader reader, VisitReviews reviews, AuditLog audit,
                   Pages pages, Clock clock) {
        this.teams = teams;
        this.snapshots = snapshots;
        this.reader = reader;
        this.reviews = reviews;
        this.audit = audit;
        this.pages = pages;
        this.clock = clock;
    }

    @Get
    MutableHttpResponse<?> overview(HttpRequest<?> request, @Nullable @QueryValue String worker, @Nullable @QueryValue String regime,
                                    @Nullable @QueryValue String status) {
        WebSession session = Pages.sessionOf(request);
        TeamScope.Team team = teams.of(session);
        List<TeamScope.Worker> workers = teams.workers(team.id());
        Filters filters = Filters.parse(worker, regime, status, workers);
        snapshots.refresh(team.scope());
        Instant now = clock.instant();
        Instant since = YearMonth.from(now.atZone(Formats.LONDON)).minusMonths(11).atDay(1).atStartOfDay(Formats.LONDON).toInstant();
        TeamOverviewPage page = Overview.build(team, filters, workers, reader.children(team.scope()), reader.clocks(team.scope()),
                reviews.ofTeam(team.id(), since), now);
        audit.record(session.caller(), AuditLog.READ, null, "page " + request.getPath(), page.children() + " children summarised");
        return pages.render(request, HttpStatus.OK, "team/overview", team.name(), page);
    }

    @Get("/children")
    MutableHttpResponse<?> children(HttpRequest<?> request, @Nullable @QueryValue String worker, @Nullable @QueryValue String regime,
                                    @Nullable @QueryValue String status) {
        WebSession session = Pages.sessionOf(request);
        TeamScope.Team team = teams.of(session);
        List<TeamScope.Worker> workers = teams.workers(team.id());
        Filters filters = Filters.parse(worker, regime, status, workers);
        List<ChildListPage.ChildLine> lines = lines(team, filters);
        audit.record(session.caller(), AuditLog.READ, null, "page " + request.getPath(), lines.size() + " children listed");
        ChildListPage page = new ChildListPage(team.name(), FilterForm.of(Overview.LIST, filters, workers),
                describe(filters, workers, lines.size()), lines, Overview.LIST + ".csv" + filters.query(), Overview.PAGE + filters.query());
        return pages.render(request, HttpStatus.OK, "team/children", "Children: " + team.name(), page);
    }

    @Get("/children.csv")
    MutableHttpResponse<?> childrenCsv(HttpRequest<?> request, @Nullable @QueryValue String worker, @Nullable @QueryValue String regime,
                                       @Nullable @QueryValue String status) {
        WebSession session = Pages.sessionOf(request);
        TeamScope.Team team = teams.of(session);
        Filters filters = Filters.parse(worker, regime, status, teams.workers(team.id()));
        List<ChildListPage.ChildLine> lines = lines(team, filters);
        audit.record(session.caller(), AuditLog.READ, null, "csv " + request.getPath(), lines.size() + " children exported");
        List<List<String>> rows = new ArrayList<>();
        for (ChildListPage.ChildLine l : lines) {
            rows.add(List.of(l.childId(), l.childName(), l.workerName(), l.regimes(), l.statusLabel(), l.nextDue(),
                    Integer.toString(l.daysOverdue()), l.lastVisit(), l.lastSeenAlone(), l.flags()));
        }
        return CsvDownloads.of(request, "children-" + team.id() + ".csv", List.of("Child id", "Name", "Worker", "Regimes",
                "Status", "Next visit due", "Days overdue", "Last visit", "Last seen alone", "Record flags"), rows);
    }

    private List<ChildListPage.ChildLine> lines(TeamScope.Team team, Filters filters) {
        snapshots.refresh(team.scope());
        List<ChildListPage.ChildLine> lines = new ArrayList<>();
        for (SnapshotRow row : Overview.ordered(reader.children(team.scope()), filters)) {
            lines.add(line(row, filters));
        }
        return lines;
    }

    static ChildListPage.ChildLine line(SnapshotRow row, Filters filters) {
        var s = row.snapshot();
        var status = filters.statusOf(row);
        var due = filters.regime() == null ? s.nextDue() : s.regimes().get(filters.regime()).due();
        String regimes = s.regimes().keySet().stream().map(Regime::label).collect(Collectors.joining(", "));
        return new ChildListPage.ChildLine(s.childId(), row.childName(), s.workerId() == null ? "" : s.workerId(),
                row.workerName() == null ? "Unallocated" : row.workerName(), regimes.isEmpty() ? "None recorded" : regimes,
                status.code(), status.label(), Formats.date(due), s.daysOverdue(), Formats.date(s.lastVisitAt()),
                Formats.date(s.lastSeenAloneAt()), String.join(", ", s.flags()));
    }

    private static String describe(Filters filters, List<TeamScope.Worker> workers, int count) {
        List<String> parts = new ArrayList<>();
        if (filters.status() != null) {
            parts.add(filters.status().label().toLowerCase(java.util.Locale.UK));
        }
        if (filters.regime() != null) {
            parts.add("on " + filters.regime().label().toLowerCase(java.util.Locale.UK));
        }
        if (filters.worker() != null) {
            workers.stream().filter(w -> w.id().equals(filters.worker())).findFirst()
                    .ifPresent(w -> parts.add("allocated to " + w.name()));
        }
        return count + (count == 1 ? " child" : " children") + (parts.isEmpty() ? " (all open cases)" : ": " + String.join(", ", parts));
    }
}
