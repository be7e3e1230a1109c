package org.doorstep.server.dashboard.review;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.doorstep.server.audit.AuditLog;
import org.doorstep.server.dashboard.session.FormGuard;
import org.doorstep.server.dashboard.session.FormFields;
import org.doorstep.server.dashboard.session.WebSession;
import org.doorstep.server.dashboard.team.TeamScope;
import org.doorstep.server.dashboard.web.CsvDownloads;
import org.doorstep.server.dashboard.web.Formats;
import org.doorstep.server.dashboard.web.PageRefusal;
import org.doorstep.server.dashboard.web.Pages;

/** The manager agrees with or challenges each reason a child was not seen alone; every review is kept. */
@Hidden
@Produces({MediaType.TEXT_HTML, "text/csv", MediaType.APPLICATION_JSON})
@Controller("/dashboard")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class ReviewController {
    static final String PAGE = "/dashboard/team/reviews";
    private final TeamScope teams;
    private final VisitReviews reviews;
    private final AuditLog audit;
    private final Pages pages;
    private final Clock clock;
    private final FormGuard guard;

    ReviewController(TeamScope teams, VisitReviews reviews, AuditLog audit, Pages pages, Clock clock, FormGuard guard) {
        this.guard = guard;
        this.teams = teams;
        this.reviews = reviews;
        this.audit = audit;
        this.pages = pages;
        this.clock = clock;
    }

    @Get("/team/reviews")
    MutableHttpResponse<?> list(HttpRequest<?> request, @Nullable @QueryValue String worker, @Nullable @QueryValue String done) {
        WebSession session = Pages.sessionOf(request);
        TeamScope.Team team = teams.of(session);
        String workerId = worker(worker, team);
        List<ReviewItem> items = items(team, workerId);
        List<ReviewsPage.Line> awaiting = new ArrayList<>();
        List<ReviewsPage.Line> reviewed = new ArrayList<>();
        for (ReviewItem item : items) {
            (item.awaiting() ? awaiting : reviewed).add(line(item));
        }
        audit.record(session.caller(), AuditLog.READ, null, "page " + request.getPath(), items.size() + " visits listed");
        String message = done == null ? null : "Your review was saved.";
        return pages.render(request, HttpStatus.OK, "review/reviews", "Not seen alone", new ReviewsPage(team.name(),
                workerId == null ? "" : workerId, awaiting, reviewed, session.formToken(),
                PAGE + ".csv" + (workerId == null ? "" : "?worker=" + workerId), message));
    }

    @Get("/team/reviews.csv")
    MutableHttpResponse<?> csv(HttpRequest<?> request, @Nullable @QueryValue String worker) {
        WebSession session = Pages.sessionOf(request);
        TeamScope.Team team = teams.of(session);
        List<ReviewItem> items = items(team, worker(worker, team));
        audit.record(session.caller(), AuditLog.READ, null, "csv " + request.getPath(), items.size() + " visits exported");
        List<List<String>> rows = new ArrayList<>();
        for (ReviewItem i : items) {
            ReviewsPage.Line l = line(i);
            rows.add(List.of(i.childId(), i.childName(), l.workerName(), l.occurredAt(), i.reason(), l.decision(),
                    l.comment(), l.reviewedBy(), l.reviewedAt(), i.visitId(), Integer.toString(i.version())));
        }
        return CsvDownloads.of(request, "not-seen-alone-" + team.id() + ".csv", List.of("Child id", "Name", "Worker",
                "Visit", "Reason not seen alone", "Review", "Comment", "Reviewed by", "Reviewed at", "Visit id", "Version"), rows);
    }

    /** Records one review; the form sends the visit's id and version, the decision and a comment. */
    @Post("/reviews")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> review(HttpRequest<?> request, @Nullable @Body String body) {
        FormFields form = guard.check(request, body);
        WebSession session = Pages.sessionOf(request);
        teams.of(session);
        String visitId = form.first("visit").orElse("");
        int version;
        try {
            version = Integer.parseInt(form.first("version").orElse(""));
        } catch (NumberFormatException e) {
            throw PageRefusal.badRequest("The review form did not say which version of the visit it is about. Reload the page.");
        }
        String childId = reviews.record(session.caller(), session.displayName(), visitId, version,
                form.first("decision").orElse(null), form.first("comment").orElse(null));
        String back = form.first("back").filter(b -> b.equals("child")).isPresent() ? "/dashboard/children/" + childId + "#reviews"
                : PAGE + "?done=1";
        return Pages.withHeaders(request, HttpResponse.seeOther(URI.create(back)));
    }

    private List<ReviewItem> items(TeamScope.Team team, String workerId) {
        Instant since = YearMonth.from(clock.instant().atZone(Formats.LONDON)).minusMonths(11).atDay(1)
                .atStartOfDay(Formats.LONDON).toInstant();
        return reviews.ofTeam(team.id(), since).stream().filter(i -> workerId == null || workerId.equals(i.workerId())).toList();
    }

    private String worker(String worker, TeamScope.Team team) {
        if (worker == null || worker.isBlank()) {
            return null;
        }
        if (teams.workers(team.id()).stream().noneMatch(w -> w.id().equals(worker))) {
            throw PageRefusal.badRequest("The worker filter names nobody in your team.");
        }
        return worker;
    }

    private static ReviewsPage.Line line(ReviewItem i) {
        return new ReviewsPage.Line(i.visitId(), i.version(), i.childId(), i.childName(), i.workerName() == null ? "" : i.workerName(),
                Formats.dateTime(i.occurredAt()), i.reason(), i.decision() == null ? "Awaiting review" : Decision.labelOf(i.decision()),
                i.comment() == null ? "" : i.comment(), i.reviewerName() == null ? "" : i.reviewerName(),
                Formats.dateTime(i.reviewedAt()), "v-" + i.visitId() + "-" + i.version());
    }
}
