package org.doorstep.server.auth;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.doorstep.protocol.auth.Role;
import org.doorstep.server.db.TimeText;

/** Reads people for sign-in and keeps their failed-sign-in count. Each method is its own transaction. */
@Singleton
public class Accounts {
    private final JdbcOperations jdbc;

    Accounts(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Optional<Account> byUsername(String username) {
        return find("SELECT id, username, display_name, password_hash, active, failed_logins, locked_until, scope_reset_seq "
                + "FROM app_user WHERE username = ?", username);
    }

    @Transactional(readOnly = true)
    public Optional<Account> byId(String id) {
        return find("SELECT id, username, display_name, password_hash, active, failed_logins, locked_until, scope_reset_seq "
                + "FROM app_user WHERE id = ?", id);
    }

    /** Counts a failure; the one that reaches {@code maxFailures} locks the account until {@code lockUntil}. */
    @Transactional
    public void recordFailure(String userId, int maxFailures, Instant lockUntil) {
        jdbc.prepareStatement("UPDATE app_user SET failed_logins = failed_logins + 1 WHERE id = ?", s -> {
            s.setString(1, userId);
            return s.executeUpdate();
        });
        jdbc.prepareStatement("UPDATE app_user SET locked_until = ?, failed_logins = 0 WHERE id = ? AND failed_logins >= ?", s -> {
            s.setString(1, TimeText.of(lockUntil));
            s.setString(2, userId);
            s.setInt(3, maxFailures);
            return s.executeUpdate();
        });
    }

    @Transactional
    public void recordSuccess(String userId) {
        jdbc.prepareStatement("UPDATE app_user SET failed_logins = 0, locked_until = NULL WHERE id = ?", s -> {
            s.setString(1, userId);
            return s.executeUpdate();
        });
    }

    private Optional<Account> find(String sql, String key) {
        Optional<Account> account = jdbc.prepareStatement(sql, s -> {
            s.setString(1, key);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                String locked = rs.getString("locked_until");
                return Optional.of(new Account(rs.getString("id"), rs.getString("username"), rs.getString("display_name"),
                        rs.getString("password_hash"), rs.getBoolean("active"), rs.getInt("failed_logins"),
                        locked == null ? null : TimeText.instant(locked), Set.of(), rs.getLong("scope_reset_seq")));
            }
        });
        return account.map(a -> new Account(a.id(), a.username(), a.displayName(), a.passwordHash(), a.active(),
                a.failedLogins(), a.lockedUntil(), roles(a.id()), a.scopeResetSeq()));
    }

    /** The person's roles (unknown ones stored by a newer server are left out). */
    @Transactional(readOnly = true)
    public Set<Role> roles(String userId) {
        return jdbc.prepareStatement("SELECT role FROM user_role WHERE user_id = ?", s -> {
            s.setString(1, userId);
            Set<Role> roles = EnumSet.noneOf(Role.class);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Role.fromWireName(rs.getString(1)).ifPresent(roles::add);
                }
            }
            return roles;
        });
    }
}
