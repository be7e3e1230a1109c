package org.doorstep.server.policy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.doorstep.protocol.ApiError;
import org.doorstep.protocol.ProtocolJson;
import org.doorstep.protocol.policy.LocalPolicy;
import org.doorstep.protocol.policy.LocalPolicyValidator;
import org.doorstep.server.audit.AuditLog;
import org.doorstep.server.db.ChangeSequence;
import org.doorstep.server.db.TimeText;
import org.doorstep.server.scope.Caller;
import org.doorstep.server.web.ApiErrorException;

/**
 * The council's local policy, versioned in {@code council_policy}: the latest version is in force; with none
 * saved, {@link LocalPolicy#DEFAULTS} (RULES.md). Each save is a new version with a change number, so devices
 * receive it on their next pull, and an audit entry, in the same transaction.
 */
@Singleton
public class PolicyStore {
    private static final ObjectMapper JSON = ProtocolJson.newMapper();
    private static final String SELECT = "SELECT version, document, changed_at, changed_by, change_seq FROM council_policy ";

    private final JdbcOperations jdbc;
    private final ChangeSequence changes;
    private final AuditLog audit;
    private final Clock clock;

    PolicyStore(JdbcOperations jdbc, ChangeSequence changes, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.changes = changes;
        this.audit = audit;
        this.clock = clock;
    }

    /** A saved version with its change number. */
    public record Numbered(long changeNumber, LocalPolicy policy) {
    }

    /** The policy in force. */
    @Connectable
    public LocalPolicy current() {
        List<Numbered> latest = query(SELECT + "ORDER BY version DESC LIMIT 1", null);
        return latest.isEmpty() ? LocalPolicy.DEFAULTS : latest.get(0).policy();
    }

    /** Versions saved with change numbers in (after, upTo], oldest first. */
    @Connectable
    public List<Numbered> changedBetween(long after, long upTo) {
        return query(SELECT + "WHERE change_seq > ? AND change_seq <= ? ORDER BY change_seq", statement -> {
            statement.setLong(1, after);
            statement.setLong(2, upTo);
        });
    }

    /** Whether any version was saved with a change number at or below {@code upTo}. */
    @Connectable
    public boolean anySavedUpTo(long upTo) {
        return !query(SELECT + "WHERE change_seq <= ? ORDER BY change_seq LIMIT 1", statement -> statement.setLong(1, upTo)).isEmpty();
    }

    /**
     * Saves {@code policy} as the next version, by {@code caller}.
     *
     * @throws ApiErrorException 400 naming the first field at fault (nothing saved)
     */
    @Transactional
    public LocalPolicy save(LocalPolicy policy, Caller caller) {
        List<ApiError> errors = LocalPolicyValidator.validate(policy);
        if (!errors.isEmpty()) {
            ApiError first = errors.get(0);
            String more = errors.size() > 1 ? " (and " + (errors.size() - 1) + " more problem" + (errors.size() > 2 ? "s" : "") + ")" : "";
            throw new ApiErrorException(HttpStatus.BAD_REQUEST, new ApiError(first.code(), first.message() + more, first.field()));
        }
        long number = changes.reserve(1).next();
        int version = jdbc.prepareStatement("SELECT COALESCE(MAX(version), 0) FROM council_policy", statement -> {
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }) + 1;
        Instant now = clock.instant();
        LocalPolicy saved = policy.asVersion(version, now, caller.username());
        jdbc.prepareStatement("INSERT INTO council_policy (version, document, changed_at, changed_by, change_seq) VALUES (?, ?, ?, ?, ?)",
                statement -> {
                    statement.setInt(1, version);
                    statement.setString(2, document(saved));
                    statement.setString(3, TimeText.of(now));
                    statement.setString(4, caller.userId());
                    statement.setLong(5, number);
                    return statement.executeUpdate();
                });
        audit.record(caller, "policy_saved", null, "policy v" + version, summary(saved));
        return saved;
    }

    private static String summary(LocalPolicy p) {
        return "CP " + p.childProtection().interval() + " " + p.childProtection().unit() + "; CIN " + p.childInNeed().interval()
                + " " + p.childInNeed().unit() + "; RHI " + p.returnInterviews().window() + " " + p.returnInterviews().unit()
                + " " + p.returnInterviews().measure();
    }

    private static String document(LocalPolicy policy) {
        try {
            return JSON.writeValueAsString(policy);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the policy document", e);
        }
    }

    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private List<Numbered> query(String sql, Binder binder) {
        return jdbc.prepareStatement(sql, statement -> {
            if (binder != null) {
                binder.bind(statement);
            }
            List<Numbered> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Numbered(rs.getLong("change_seq"), JSON.readValue(rs.getString("document"), LocalPolicy.class)));
                }
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("A stored policy document cannot be read", e);
            }
            return rows;
        });
    }
}
