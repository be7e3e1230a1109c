package org.doorstep.server.testing;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.doorstep.protocol.auth.Role;
import org.doorstep.server.scope.Caller;

/**
 * Teams and users for access tests, written straight to the database (there is no sign-in in these tests:
 * callers are built directly). Idempotent: a team or username already present is kept, and its id returned.
 */
public final class People {
    private final DataSource dataSource;

    public People(DataSource dataSource) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
    }

    public void team(String id, String name, String area) {
        update("INSERT INTO team (id, name, area) VALUES (?, ?, ?) ON CONFLICT DO NOTHING", id, name, area);
    }

    /** A user with these roles; returns a caller for them signed in on {@code channel}. */
    public Caller user(String username, String teamId, String area, Caller.Channel channel, Role... roles) {
        update("INSERT INTO app_user (id, username, display_name, team_id, area, active, failed_logins, created_at)"
                + " VALUES (?, ?, ?, ?, ?, TRUE, 0, '2026-01-01T00:00:00.000000000Z') ON CONFLICT DO NOTHING",
                "U-" + username, username, username, teamId, area);
        String id = query("SELECT id FROM app_user WHERE username = ?", username);
        for (Role role : roles) {
            update("INSERT INTO user_role (user_id, role) VALUES (?, ?) ON CONFLICT DO NOTHING", id, role.wireName());
        }
        return new Caller(id, username, Set.of(roles), "device-" + username + "-" + UUID.randomUUID().toString().substring(0, 8), channel);
    }

    /** The same person on another channel or device. */
    public static Caller on(Caller caller, Caller.Channel channel) {
        return new Caller(caller.userId(), caller.username(), caller.roles(), caller.deviceId(), channel);
    }

    public void update(String sql, String... values) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setString(i + 1, values[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    public String query(String sql, String... values) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setString(i + 1, values[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}
