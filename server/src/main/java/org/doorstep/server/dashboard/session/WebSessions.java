package org.doorstep.server.dashboard.session;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.doorstep.server.auth.Accounts;
import org.doorstep.server.db.TimeText;

/**
 * Dashboard sessions, held by the server ({@code web_session}): the browser holds only a random token, the
 * server only its SHA-256. Signing out ends a session at once, on every server instance sharing the database.
 */
@Singleton
public class WebSessions {
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);
    private final JdbcOperations jdbc;
    private final DashboardSettings settings;
    private final Clock clock;
    private final Accounts accounts;

    WebSessions(JdbcOperations jdbc, DashboardSettings settings, Clock clock, Accounts accounts) {
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    /** A new session and the secret token for its cookie. */
    public record Started(String token, String sessionId) {
    }

    @Transactional
    public Started start(String userId) {
        Instant now = clock.instant();
        String token = RandomTokens.next();
        String id = UUID.randomUUID().toString();
        jdbc.prepareStatement("INSERT INTO web_session (id, token_hash, user_id, form_token, created_at, last_seen_at, expires_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)", s -> {
            s.setString(1, id);
            s.setString(2, RandomTokens.hash(token));
            s.setString(3, userId);
            s.setString(4, RandomTokens.next());
            s.setString(5, TimeText.of(now));
            s.setString(6, TimeText.of(now));
            s.setString(7, TimeText.of(now.plus(settings.lifetime())));
            return s.executeUpdate();
        });
        return new Started(token, id);
    }

    /** A live session, and whether its last-seen note is over a minute old (then {@link #touch} it). */
    public record Found(WebSession session, boolean touchDue) {
    }

    /**
     * The live session whose cookie holds {@code token}: not signed out, not past its lifetime, not idle for
     * longer than the idle timeout, its person still active. Reads only: most requests write nothing.
     */
    @Connectable
    public Optional<Found> find(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<Row> found = jdbc.prepareStatement("SELECT s.id, s.user_id, s.form_token, s.last_seen_at, s.expires_at,"
                + " s.ended_at, u.username, u.display_name, u.active FROM web_session s JOIN app_user u ON u.id = s.user_id"
                + " WHERE s.token_hash = ?", s -> {
            s.setString(1, RandomTokens.hash(token));
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Row(rs.getString(1), rs.getString(2), rs.getString(3), TimeText.instant(rs.getString(4)),
                        TimeText.instant(rs.getString(5)), rs.getString(6) != null, rs.getString(7), rs.getString(8),
                        rs.getBoolean(9)));
            }
        });
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Row row = found.get();
        if (row.ended || !row.active || !row.expiresAt.isAfter(now) || !row.lastSeenAt.plus(settings.idleTimeout()).isAfter(now)) {
            return Optional.empty();
        }
        return Optional.of(new Found(new WebSession(row.id, row.userId, row.username, row.displayName, accounts.roles(row.userId),
                row.formToken), row.lastSeenAt.isBefore(now.minus(TOUCH_EVERY))));
    }

    /** Notes that the session was used now (keeps it from going idle). */
    @Transactional
    public void touch(String sessionId) {
        jdbc.prepareStatement("UPDATE web_session SET last_seen_at = ? WHERE id = ?", s -> {
            s.setString(1, TimeText.of(clock.instant()));
            s.setString(2, sessionId);
            return s.executeUpdate();
        });
    }

    /** Ends the session (sign-out); ending it again changes nothing. */
    @Transactional
    public void end(String sessionId) {
        jdbc.prepareStatement("UPDATE web_session SET ended_at = ? WHERE id = ? AND ended_at IS NULL", s -> {
            s.setString(1, TimeText.of(clock.instant()));
            s.setString(2, sessionId);
            return s.executeUpdate();
        });
    }

    private record Row(String id, String userId, String formToken, Instant lastSeenAt, Instant expiresAt, boolean ended,
                       String username, String displayName, boolean active) {
    }
}
