package org.doorstep.server.admin;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Users and teams as administrators manage them (plain JDBC over the V3 tables). */
@Singleton
class People {
    private final JdbcOperations jdbc;

    People(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    List<UserView> users() {
        Map<String, List<String>> roles = new LinkedHashMap<>();
        jdbc.prepareStatement("SELECT user_id, role FROM user_role ORDER BY role", s -> {
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    roles.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                }
            }
            return null;
        });
        return jdbc.prepareStatement("SELECT id, username, display_name, team_id, area, active, password_hash IS NOT NULL, "
                + "locked_until FROM app_user ORDER BY username", s -> {
            List<UserView> users = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    users.add(new UserView(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            roles.getOrDefault(rs.getString(1), List.of()), rs.getBoolean(6), rs.getBoolean(7), rs.getString(8)));
                }
            }
            return users;
        });
    }

    @Transactional(readOnly = true)
    boolean userExists(String id) {
        return exists("SELECT 1 FROM app_user WHERE id = ?", id);
    }

    @Transactional(readOnly = true)
    boolean usernameTaken(String username) {
        return exists("SELECT 1 FROM app_user WHERE LOWER(username) = LOWER(?)", username);
    }

    @Transactional(readOnly = true)
    boolean teamExists(String id) {
        return exists("SELECT 1 FROM team WHERE id = ?", id);
    }

    @Transactional
    void createUser(NewUser user, String now) {
        update("INSERT INTO app_user (id, username, display_name, team_id, area, active, failed_logins, created_at) "
                + "VALUES (?, ?, ?, ?, ?, TRUE, 0, ?)", user.id(), user.username(), user.displayName(), user.teamId(), user.area(), now);
        for (String role : user.roles()) {
            update("INSERT INTO user_role (user_id, role) VALUES (?, ?)", user.id(), role);
        }
    }

    @Transactional
    void setPasswordHash(String userId, String hash) {
        update("UPDATE app_user SET password_hash = ?, failed_logins = 0, locked_until = NULL WHERE id = ?", hash, userId);
    }

    @Transactional
    void unlock(String userId) {
        update("UPDATE app_user SET failed_logins = 0, locked_until = NULL WHERE id = ?", userId);
    }

    /** Deactivates the person and ends every sign-in of theirs. */
    @Transactional
    void deactivate(String userId) {
        update("UPDATE app_user SET active = FALSE WHERE id = ?", userId);
        update("DELETE FROM refresh_token WHERE device_id IN (SELECT id FROM device WHERE user_id = ?)", userId);
    }

    @Transactional(readOnly = true)
    List<NewTeam> teams() {
        return jdbc.prepareStatement("SELECT id, name, area FROM team ORDER BY name", s -> {
            List<NewTeam> teams = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    teams.add(new NewTeam(rs.getString(1), rs.getString(2), rs.getString(3)));
                }
            }
            return teams;
        });
    }

    @Transactional
    void createTeam(NewTeam team) {
        update("INSERT INTO team (id, name, area) VALUES (?, ?, ?)", team.id(), team.name(), team.area());
    }

    private boolean exists(String sql, String value) {
        return jdbc.prepareStatement(sql, s -> {
            s.setString(1, value);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        });
    }

    private void update(String sql, String... values) {
        jdbc.prepareStatement(sql, s -> {
            for (int i = 0; i < values.length; i++) {
                s.setString(i + 1, values[i]);
            }
            return s.executeUpdate();
        });
    }
}
