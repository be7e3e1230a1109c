package org.doorstep.server.dashboard.team;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.doorstep.protocol.auth.Role;
import org.doorstep.server.access.AccessPolicy;
import org.doorstep.server.access.CallerProfile;
import org.doorstep.server.dashboard.compliance.Scope;
import org.doorstep.server.dashboard.session.WebSession;
import org.doorstep.server.dashboard.web.PageRefusal;

/**
 * Whose team pages a person may open, decided as the access policy decides every read: a team manager sees
 * their own team's children (docs/ACCESS.md); nobody else has team pages.
 */
@Singleton
public class TeamScope {
    private final AccessPolicy access;
    private final JdbcOperations jdbc;

    TeamScope(AccessPolicy access, JdbcOperations jdbc) {
        this.access = access;
        this.jdbc = jdbc;
    }

    /** A manager's team. */
    public record Team(String id, String name) {
        public Scope scope() {
            return Scope.team(id);
        }
    }

    /** A worker of the team, for the filters. */
    public record Worker(String id, String name) {
    }

    /**
     * The team whose pages {@code session}'s person may open.
     *
     * @throws PageRefusal 403 for anyone who is not a team manager with a team
     */
    public Team of(WebSession session) {
        if (!session.has(Role.TEAM_MANAGER)) {
            throw PageRefusal.forbidden("The team pages are for team managers. You are signed in as "
                    + session.username() + " (" + org.doorstep.server.dashboard.web.RoleLabels.of(session.roles())
                    + "), so they are not available to you.");
        }
        CallerProfile profile = access.profile(session.caller());
        if (profile.teamId() == null) {
            throw PageRefusal.forbidden("You are a team manager with no team: ask your administrator to set your team.");
        }
        return new Team(profile.teamId(), teamName(profile.teamId()));
    }

    @Connectable
    String teamName(String teamId) {
        return jdbc.prepareStatement("SELECT name FROM team WHERE id = ?", s -> {
            s.setString(1, teamId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : teamId;
            }
        });
    }

    /** The team's social workers, by name. */
    @Connectable
    public List<Worker> workers(String teamId) {
        return jdbc.prepareStatement("SELECT u.id, u.display_name FROM app_user u JOIN user_role r ON r.user_id = u.id"
                + " WHERE u.team_id = ? AND r.role = 'social_worker' ORDER BY u.display_name", s -> {
            s.setString(1, teamId);
            List<Worker> workers = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    workers.add(new Worker(rs.getString(1), rs.getString(2)));
                }
            }
            return workers;
        });
    }
}
