package org.doorstep.server.dashboard.child;

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
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.doorstep.protocol.FieldChecks;
import org.doorstep.server.access.Access;
import org.doorstep.server.access.AccessPolicy;
import org.doorstep.server.access.RecordArea;
import org.doorstep.server.audit.AuditLog;
import org.doorstep.server.dashboard.compliance.ChildFacts;
import org.doorstep.server.dashboard.compliance.ChildFactsReader;
import org.doorstep.server.dashboard.compliance.Engines;
import org.doorstep.server.dashboard.review.VisitReviews;
import org.doorstep.server.dashboard.session.WebSession;
import org.doorstep.server.dashboard.web.PageRefusal;
import org.doorstep.server.dashboard.web.Pages;

/**
 * A child's timeline. The access policy decides, as for every read: the page opens only for a child the person
 * may read (their team's, their caseload's, their area's with a missing episode), and every opening is written
 * to the audit trail with the page as its subject. An unknown child gets the same answer as one out of scope.
 */
@Hidden
@Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
@Controller("/dashboard/children")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class TimelineController {
    private final AccessPolicy access;
    private final TimelineReader reader;
    private final ChildFactsReader facts;
    private final Engines engines;
    private final VisitReviews reviews;
    private final AuditLog audit;
    private final Pages pages;
    private final Clock clock;

    TimelineController(AccessPolicy access, TimelineReader reader, ChildFactsReader facts, Engines engines, VisitReviews reviews,
                       AuditLog audit, Pages pages, Clock clock) {
        this.access = access;
        this.reader = reader;
        this.facts = facts;
        this.engines = engines;
        this.reviews = reviews;
        this.audit = audit;
        this.pages = pages;
        this.clock = clock;
    }

    @Get("/{childId}")
    MutableHttpResponse<?> timeline(HttpRequest<?> request, @PathVariable String childId) {
        WebSession session = Pages.sessionOf(request);
        if (!FieldChecks.CHILD_ID.matcher(childId).matches()) {
            throw PageRefusal.badRequest("A child's id is 1 to 64 letters, digits, '-' or '_'.");
        }
        Access widest = access.access(session.caller(), childId);
        if (!widest.canRead()) {
            throw PageRefusal.forbidden("This child is not in your team, your caseload or your area, so their records are not "
                    + "available to you.");
        }
        TimelineReader.ChildRow child = reader.child(childId).orElseThrow(() -> PageRefusal.forbidden("This child is not available."));
        audit.record(session.caller(), AuditLog.READ, childId, "page " + request.getPath(), "timeline");
        boolean canReview = access.access(session.caller(), childId, RecordArea.VISITS).canWrite()
                && session.has(org.doorstep.protocol.auth.Role.TEAM_MANAGER);
        Instant now = clock.instant();
        ChildFacts childFacts = facts.read(List.of(childId)).get(childId);
        Engines.Versioned engine = engines.current();
        TimelinePage page = Timeline.build(child, childFacts, engine.engine(), now, reader.visitVersions(childId),
                reader.missingEpisodes(childId), reader.interviews(childId), reviews.ofChild(childId),
                canReview ? session.formToken() : "");
        return pages.render(request, HttpStatus.OK, "child/timeline", child.name(), page);
    }

    static LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, org.doorstep.server.dashboard.web.Formats.LONDON);
    }
}
