package org.doorstep.server.admin;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.doorstep.protocol.ErrorCode;
import org.doorstep.protocol.auth.Role;
import org.doorstep.server.auth.Passwords;
import org.doorstep.server.db.TimeText;

/** Administrators manage people: create, set a password, unlock, deactivate. */
@Controller("/api/admin/users")
@Secured("administrator")
@ExecuteOn(TaskExecutors.BLOCKING)
class UserAdminController {
    private final People people;
    private final Clock clock;

    UserAdminController(People people, Clock clock) {
        this.people = people;
        this.clock = clock;
    }

    @Get
    List<UserView> list() {
        return people.users();
    }

    @Post
    HttpResponse<UserView> create(@Body NewUser request) {
        if (request == null) {
            throw Checks.bad(ErrorCode.MALFORMED_REQUEST, null, "The body must describe the new user");
        }
        String id = Checks.matching("id", request.id(), Checks.ID, "letters, digits, '.', '_' or '-' (at most 64)");
        String username = Checks.matching("username", request.username(), Checks.USERNAME,
                "lower-case letters, digits, '.', '_' or '-' (2 to 100)");
        String displayName = Checks.text("displayName", request.displayName(), 200);
        if (request.roles() == null || request.roles().isEmpty()) {
            throw Checks.bad(ErrorCode.REQUIRED, "roles", "roles is required: at least one of social_worker, rhi_officer, team_manager, administrator");
        }
        Set<String> roles = new LinkedHashSet<>();
        for (String role : request.roles()) {
            roles.add(Role.fromWireName(role).map(Role::wireName).orElseThrow(() -> Checks.bad(ErrorCode.INVALID_FORMAT, "roles",
                    "unknown role '" + role + "': use social_worker, rhi_officer, team_manager or administrator")));
        }
        String teamId = request.teamId() == null || request.teamId().isBlank() ? null : request.teamId().strip();
        if (teamId != null && !people.teamExists(teamId)) {
            throw Checks.bad(ErrorCode.INVALID_FORMAT, "teamId", "no team has id " + teamId);
        }
        if (teamId == null && (roles.contains("social_worker") || roles.contains("team_manager"))) {
            throw Checks.bad(ErrorCode.REQUIRED, "teamId", "social workers and team managers belong to a team");
        }
        String area = request.area() == null || request.area().isBlank() ? null : Checks.text("area", request.area(), 100);
        if (area == null && roles.contains("rhi_officer")) {
            throw Checks.bad(ErrorCode.REQUIRED, "area", "a return interview officer works in an area");
        }
        if (people.userExists(id)) {
            throw Checks.conflict("id", "a user with id " + id + " already exists");
        }
        if (people.usernameTaken(username)) {
            throw Checks.conflict("username", "the username " + username + " is taken");
        }
        people.createUser(new NewUser(id, username, displayName, teamId, area, List.copyOf(roles)), TimeText.of(clock.instant()));
        UserView created = people.users().stream().filter(u -> u.id().equals(id)).findFirst().orElseThrow();
        return HttpResponse.created(created);
    }

    @Put("/{id}/password")
    HttpResponse<Void> setPassword(String id, @Body NewPassword request) {
        String password = request == null ? null : request.password();
        if (password == null || password.length() < Passwords.MIN_LENGTH) {
            throw Checks.bad(ErrorCode.INVALID_FORMAT, "password", "a password has at least " + Passwords.MIN_LENGTH + " characters");
        }
        if (password.length() > 1000) {
            throw Checks.bad(ErrorCode.TOO_LONG, "password", "password is longer than 1000 characters");
        }
        existing(id);
        people.setPasswordHash(id, Passwords.hash(password));
        return HttpResponse.noContent();
    }

    @Post("/{id}/unlock")
    HttpResponse<Void> unlock(String id) {
        existing(id);
        people.unlock(id);
        return HttpResponse.noContent();
    }

    @Post("/{id}/deactivate")
    HttpResponse<Void> deactivate(String id) {
        existing(id);
        people.deactivate(id);
        return HttpResponse.noContent();
    }

    private void existing(String id) {
        if (!people.userExists(id)) {
            throw Checks.notFound("user " + id);
        }
    }
}
