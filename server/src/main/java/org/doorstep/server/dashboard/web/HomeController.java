package org.doorstep.server.dashboard.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URI;
import org.doorstep.protocol.auth.Role;
import org.doorstep.server.dashboard.session.WebSession;

/** The dashboard's front door: a manager's team, a worker's caseload, and for other roles what is theirs. */
@Hidden
@Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
@Controller("/dashboard")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class HomeController {
    private final Pages pages;

    HomeController(Pages pages) {
        this.pages = pages;
    }

    /**
     * What a person whose role has no home page here may do.
     *
     * @param message what the dashboard offers them
     */
    record HomePage(String message) {
    }

    @Get
    MutableHttpResponse<?> home(HttpRequest<?> request) {
        WebSession session = Pages.sessionOf(request);
        if (session.has(Role.TEAM_MANAGER)) {
            return Pages.withHeaders(request, HttpResponse.seeOther(URI.create("/dashboard/team")));
        }
        if (session.has(Role.SOCIAL_WORKER)) {
            return Pages.withHeaders(request, HttpResponse.seeOther(URI.create("/dashboard/workers/" + session.userId())));
        }
        String message = session.has(Role.ADMINISTRATOR)
                ? "Administrators see no case records, so the dashboard has nothing for you. People, devices, the audit "
                        + "trail and the council's policy are managed through the administration API."
                : session.has(Role.RHI_OFFICER)
                        ? "The team pages are for team managers. You can open the timeline of a child whose missing "
                                + "episodes you handle from a link such as /dashboard/children/CHILD-ID."
                        : "Your account has no role that the dashboard serves.";
        return pages.render(request, HttpStatus.OK, "home", "Dashboard", new HomePage(message));
    }
}
