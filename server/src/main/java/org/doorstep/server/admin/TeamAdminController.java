package org.doorstep.server.admin;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import java.util.List;
import org.doorstep.protocol.ErrorCode;

/** Administrators list and create teams. */
@Controller("/api/admin/teams")
@Secured("administrator")
@ExecuteOn(TaskExecutors.BLOCKING)
class TeamAdminController {
    private final People people;

    TeamAdminController(People people) {
        this.people = people;
    }

    @Get
    List<NewTeam> list() {
        return people.teams();
    }

    @Post
    HttpResponse<NewTeam> create(@Body NewTeam request) {
        if (request == null) {
            throw Checks.bad(ErrorCode.MALFORMED_REQUEST, null, "The body must describe the new team");
        }
        NewTeam team = new NewTeam(Checks.matching("id", request.id(), Checks.ID, "letters, digits, '.', '_' or '-' (at most 64)"),
                Checks.text("name", request.name(), 200), Checks.text("area", request.area(), 100));
        if (people.teamExists(team.id())) {
            throw Checks.conflict("id", "a team with id " + team.id() + " already exists");
        }
        people.createTeam(team);
        return HttpResponse.created(team);
    }
}
