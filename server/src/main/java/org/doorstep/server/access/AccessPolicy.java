package org.doorstep.server.access;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.doorstep.protocol.ApiError;
import org.doorstep.protocol.ErrorCode;
import org.doorstep.protocol.FieldChecks;
import org.doorstep.protocol.auth.Role;
import org.doorstep.server.scope.Caller;
import org.doorstep.server.web.ApiErrorException;

/**
 * Who may see and record for which child: the one place the access rules ({@link AccessRules}) meet the
 * database. Push, pull and every read by child ask here.
 *
 * <p>An unknown child and a child out of scope get the same answer ({@link Access#NONE}, refused with
 * {@code child_not_in_scope}) for every caller, so that nobody learns from a refusal whether a child exists.
 */
@Singleton
public class AccessPolicy {
    private final JdbcOperations jdbc;
    private final boolean coveringReads;

    AccessPolicy(JdbcOperations jdbc, @Value("${doorstep.access.covering-read-enabled:false}") boolean coveringReads) {
        this.jdbc = jdbc;
        this.coveringReads = coveringReads;
    }

    /** The caller with their team and area as stored now. */
    @Connectable
    public CallerProfile profile(Caller caller) {
        return jdbc.prepareStatement("SELECT team_id, area, scope_reset_seq FROM app_user WHERE id = ?", statement -> {
            statement.setString(1, caller.userId());
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? new CallerProfile(caller, rs.getString("team_id"), rs.getString("area"),
                        rs.getLong("scope_reset_seq")) : new CallerProfile(caller, null, null, 0);
            }
        });
    }

    /** The caller's access to one kind of record of the child; NONE for an unknown child. */
    @Connectable
    public Access access(Caller caller, String childId, RecordArea area) {
        return accessAll(caller, java.util.List.of(childId), area).getOrDefault(childId, Access.NONE);
    }

    /** The widest access the caller has to any record of the child; NONE for an unknown child. */
    @Connectable
    public Access access(Caller caller, String childId) {
        CallerProfile who = profile(caller);
        ChildRows.Row row = ChildRows.byIds(jdbc, java.util.List.of(childId)).get(childId);
        return row == null ? Access.NONE : widest(who, row);
    }

    /** Access to one kind of record for each known child among {@code childIds}: one query for a whole push. */
    @Connectable
    public Map<String, Access> accessAll(Caller caller, Collection<String> childIds, RecordArea area) {
        CallerProfile who = profile(caller);
        Map<String, Access> result = new HashMap<>();
        for (ChildRows.Row row : ChildRows.byIds(jdbc, childIds).values()) {
            result.put(row.childId(), AccessRules.of(who, row.state(), row.area(), caller.channel(), area, coveringReads));
        }
        return result;
    }

    /**
     * Every child the caller may read now, with the widest access to it, in no particular order. One indexed
     * query over the caller's own allocations, team and area, then the rules: cheap for a caseload of a
     * hundred or a team of a few hundred.
     */
    @Connectable
    public Map<String, Access> visibleChildren(Caller caller) {
        CallerProfile who = profile(caller);
        Map<String, Access> visible = new LinkedHashMap<>();
        for (ChildRows.Row row : candidates(who).values()) {
            Access access = widest(who, row);
            if (access.canRead()) {
                visible.put(row.childId(), access);
            }
        }
        return visible;
    }

    /**
     * Refuses a read of a child the caller may not read: 400 for a malformed id, otherwise 403
     * {@code child_not_in_scope} with no data, whether the child is unknown or out of scope.
     */
    @Connectable
    public void requireRead(Caller caller, String childId) {
        if (!FieldChecks.CHILD_ID.matcher(childId).matches()) {
            throw new ApiErrorException(HttpStatus.BAD_REQUEST, ApiError.onField(ErrorCode.INVALID_FORMAT, "childId",
                    "childId must be 1 to 64 letters, digits, '-' or '_'"));
        }
        if (!access(caller, childId).canRead()) {
            throw notInScope(childId);
        }
    }

    /** The refusal for a child the caller may not see: names only the id the caller sent. */
    public static ApiErrorException notInScope(String childId) {
        return new ApiErrorException(HttpStatus.FORBIDDEN, ApiError.onField(ErrorCode.CHILD_NOT_IN_SCOPE, "childId",
                "This child is not in your caseload"));
    }

    /** Whether the caller sees a child in {@code state} (its team in {@code area}) through their channel. */
    public boolean sees(CallerProfile who, ChildState state, @Nullable String area) {
        return AccessRules.sees(who, state, area, who.caller().channel(), coveringReads);
    }

    /** The area of every team, for judging past states of children. */
    @Connectable
    public Map<String, String> teamAreas() {
        return jdbc.prepareStatement("SELECT id, area FROM team", statement -> {
            Map<String, String> areas = new HashMap<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    areas.put(rs.getString("id"), rs.getString("area"));
                }
            }
            return areas;
        });
    }

    /** Children the caller may see now, with their current state (pull's starting point). */
    @Connectable
    public Map<String, ChildRows.Row> visibleRows(CallerProfile who) {
        Map<String, ChildRows.Row> visible = new LinkedHashMap<>();
        for (ChildRows.Row row : candidates(who).values()) {
            if (sees(who, row.state(), row.area())) {
                visible.put(row.childId(), row);
            }
        }
        return visible;
    }

    /** The teams whose children may concern the caller (own team for managers and covering workers; the area's). */
    public TeamFilter teamFilter(CallerProfile who) {
        boolean ownTeam = who.has(Role.TEAM_MANAGER) || (who.has(Role.SOCIAL_WORKER) && coveringReads);
        return new TeamFilter(who.has(Role.SOCIAL_WORKER) ? who.userId() : null, ownTeam ? who.teamId() : null,
                who.has(Role.RHI_OFFICER) ? who.area() : null);
    }

    private Map<String, ChildRows.Row> candidates(CallerProfile who) {
        TeamFilter filter = teamFilter(who);
        return ChildRows.concerning(jdbc, filter.workerId(), filter.teamId(), filter.area());
    }

    private Access widest(CallerProfile who, ChildRows.Row row) {
        return AccessRules.of(who, row.state(), row.area(), who.caller().channel(), RecordArea.VISITS, coveringReads)
                .or(AccessRules.of(who, row.state(), row.area(), who.caller().channel(), RecordArea.MISSING, coveringReads));
    }

    /**
     * What a caller's children are found by: allocated to {@code workerId}, in team {@code teamId}, or in a
     * team of {@code area} (nulls match nothing).
     */
    public record TeamFilter(@Nullable String workerId, @Nullable String teamId, @Nullable String area) {
    }
}
