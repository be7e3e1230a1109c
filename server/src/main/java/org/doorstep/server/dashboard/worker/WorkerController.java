package org.doorstep.server.dashboard.worker;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.doorstep.protocol.auth.Role;
import org.doorstep.server.access.AccessPolicy;
import org.doorstep.server.audit.AuditLog;
import org.doorstep.server.auth.Device;
import org.doorstep.server.auth.Devices;
import org.doorstep.server.dashboard.compliance.ComplianceSnapshots;
import org.doorstep.server.dashboard.compliance.Scope;
import org.doorstep.server.dashboard.compliance.SnapshotReader;
import org.doorstep.server.dashboard.compliance.SnapshotRow;
import org.doorstep.server.dashboard.session.WebSession;
import org.doorstep.server.dashboard.team.ChildListPage;
import org.doorstep.server.dashboard.team.Filters;
import org.doorstep.server.dashboard.team.TeamRows;
import org.doorstep.server.dashboard.web.CsvDownloads;
import org.doorstep.server.dashboard.web.Formats;
import org.doorstep.server.dashboard.web.PageRefusal;
import org.doorstep.server.dashboard.web.Pages;

/**
 * A worker's caseload with next due dates, last visit and last seen alone, and when each of their devices last
 * reached the server: a phone that has not synced for days holds visits nobody else can see. Open to the
 * worker's team manager (their team's children only) and to the worker themself.
 */
@Hidden
@Produces({MediaType.TEXT_HTML, "text/csv", MediaType.APPLICATION_JSON})
@Controller("/dashboard/workers")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class WorkerController {
    /** A device silent for longer than this is flagged. */
    static final Duration SILENT = Duration.ofDays(3);
    private final AccessPolicy access;
    private final ComplianceSnapshots snapshots;
    private final SnapshotReader reader;
    private final Devices devices;
    private final AuditLog audit;
    private final JdbcOperations jdbc;
    private final Pages pages;
    private final Clock clock;

    WorkerController(AccessPolicy access, ComplianceSnapshots snapshots, SnapshotReader reader, Devices devices, AuditLog audit,
                     JdbcOperations jdbc, Pages pages, Clock clock) {
        this.access = access;
        this.snapshots = snapshots;
        this.reader = reader;
        this.devices = devices;
        this.audit = audit;
        this.jdbc = jdbc;
        this.pages = pages;
        this.clock = clock;
    }

    private record Worker(String id, String name, String teamId, String teamName) {
    }

    @Get("/{userId}")
    MutableHttpResponse<?> page(HttpRequest<?> request, @PathVariable String userId) {
        WebSession session = Pages.sessionOf(request);
        Worker worker = allowed(session, userId);
        List<ChildListPage.ChildLine> lines = caseload(session, worker);
        Instant now = clock.instant();
        List<WorkerPage.DeviceLine> deviceLines = new ArrayList<>();
        boolean stale = false;
        for (Device d : devices.list(worker.id())) {
            String warning = "";
            if (d.revoked()) {
                warning = "Revoked " + Formats.date(d.revokedAt());
            } else if (d.lastSeenAt() == null || d.lastSeenAt().isBefore(now.minus(SILENT))) {
                long days = d.lastSeenAt() == null ? -1 : Duration.between(d.lastSeenAt(), now).toDays();
                warning = days < 0 ? "Never synced" : "Not synced for " + days + " days";
                stale = true;
            }
            deviceLines.add(new WorkerPage.DeviceLine(d.name(), Formats.dateTime(d.lastSeenAt()), Formats.date(d.registeredAt()),
                    warning));
        }
        audit.record(session.caller(), AuditLog.READ, null, "page " + request.getPath(), lines.size() + " children listed");
        String note = session.userId().equals(worker.id()) ? "Children allocated to you."
                : "Children of " + worker.teamName() + " allocated to " + worker.name() + ".";
        return pages.render(request, HttpStatus.OK, "worker/worker", worker.name(), new WorkerPage(worker.name(),
                worker.teamName(), note, deviceLines, lines, "/dashboard/workers/" + worker.id() + "/caseload.csv", stale));
    }

    @Get("/{userId}/caseload.csv")
    MutableHttpResponse<?> csv(HttpRequest<?> request, @PathVariable String userId) {
        WebSession session = Pages.sessionOf(request);
        Worker worker = allowed(session, userId);
        List<ChildListPage.ChildLine> lines = caseload(session, worker);
        audit.record(session.caller(), AuditLog.READ, null, "csv " + request.getPath(), lines.size() + " children exported");
        List<List<String>> rows = new ArrayList<>();
        for (ChildListPage.ChildLine l : lines) {
            rows.add(List.of(l.childId(), l.childName(), l.regimes(), l.statusLabel(), l.nextDue(), Integer.toString(l.daysOverdue()),
                    l.lastVisit(), l.lastSeenAlone()));
        }
        return CsvDownloads.of(request, "caseload-" + worker.id() + ".csv", List.of("Child id", "Name", "Regimes", "Status",
                "Next visit due", "Days overdue", "Last visit", "Last seen alone"), rows);
    }

    private List<ChildListPage.ChildLine> caseload(WebSession session, Worker worker) {
        snapshots.refresh(Scope.worker(worker.id()));
        boolean own = session.userId().equals(worker.id());
        List<ChildListPage.ChildLine> lines = new ArrayList<>();
        for (SnapshotRow row : TeamRows.ordered(reader.children(Scope.worker(worker.id())), Filters.NONE)) {
            // A manager sees the worker's children of the manager's own team; a worker, every child allocated to them.
            if (own || worker.teamId().equals(row.snapshot().teamId())) {
                lines.add(TeamRows.line(row, Filters.NONE));
            }
        }
        return lines;
    }

    /** The worker, if the session's person may see their caseload: their team's manager, or themself. */
    private Worker allowed(WebSession session, String userId) {
        Optional<Worker> worker = find(userId);
        boolean self = session.userId().equals(userId) && session.has(Role.SOCIAL_WORKER);
        boolean manager = session.has(Role.TEAM_MANAGER) && worker.isPresent() && worker.get().teamId() != null
                && worker.get().teamId().equals(access.profile(session.caller()).teamId());
        if (worker.isEmpty() || !(self || manager)) {
            throw PageRefusal.forbidden("You can open the caseload of the workers of your own team, or your own. This worker's "
                    + "is not available to you.");
        }
        return worker.get();
    }

    @Connectable
    Optional<Worker> find(String userId) {
        return jdbc.prepareStatement("SELECT u.id, u.display_name, u.team_id, t.name FROM app_user u LEFT JOIN team t ON t.id = u.team_id"
                + " WHERE u.id = ?", s -> {
            s.setString(1, userId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(new Worker(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4) == null ? "no team" : rs.getString(4))) : Optional.empty();
            }
        });
    }
}
