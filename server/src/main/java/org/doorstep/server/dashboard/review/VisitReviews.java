package org.doorstep.server.dashboard.review;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.doorstep.server.access.AccessPolicy;
import org.doorstep.server.access.RecordArea;
import org.doorstep.server.audit.AuditLog;
import org.doorstep.server.dashboard.web.PageRefusal;
import org.doorstep.server.db.TimeText;
import org.doorstep.server.scope.Caller;

/**
 * Managers' reviews of not-seen-alone reasons ({@code visit_review}): every review is kept, with who and when;
 * the latest one for a visit version is in force. A review is a write on the child's visits, so the access
 * policy must give the manager WRITE on it (their team's open cases), and it is audited in its transaction.
 */
@Singleton
public class VisitReviews {
    public static final int MAX_COMMENT = 2000;
    private final JdbcOperations jdbc;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final Clock clock;

    VisitReviews(JdbcOperations jdbc, AccessPolicy access, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The not-seen-alone visits of a team's open children that happened at or after {@code since}, newest
     * first, each with its latest review.
     */
    @Connectable
    public List<ReviewItem> ofTeam(String teamId, Instant since) {
        Map<String, String[]> latestReview = new HashMap<>();
        jdbc.prepareStatement("SELECT r.visit_id, r.visit_version, r.decision, r.comment, r.reviewer_name, r.reviewed_at"
                + " FROM visit_review r JOIN child c ON c.id = r.child_id WHERE c.team_id = ? ORDER BY r.reviewed_at, r.id", s -> {
            s.setString(1, teamId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    latestReview.put(rs.getString(1) + "/" + rs.getInt(2),
                            new String[] {rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)});
                }
            }
            return null;
        });
        return jdbc.prepareStatement("SELECT v.id, v.version, v.child_id, c.display_name, c.allocated_worker_id, u.display_name,"
                + " v.occurred_at, v.not_alone_reason, v.not_alone_code FROM visit v JOIN child c ON c.id = v.child_id"
                + " LEFT JOIN app_user u ON u.id = c.allocated_worker_id WHERE c.team_id = ? AND c.closed_on IS NULL"
                + " AND v.latest = TRUE AND v.seen = TRUE AND v.seen_alone = FALSE AND v.occurred_at >= ? AND v.visit_type = 'statutory'"
                + " ORDER BY v.occurred_at DESC", s -> {
            s.setString(1, teamId);
            s.setString(2, TimeText.of(since));
            List<ReviewItem> items = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String[] review = latestReview.get(rs.getString(1) + "/" + rs.getInt(2));
                    items.add(new ReviewItem(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), TimeText.instant(rs.getString(7)), ReasonWords.of(rs.getString(9), rs.getString(8)),
                            review == null ? null : review[0], review == null ? null : review[1],
                            review == null ? null : review[2], review == null ? null : TimeText.instant(review[3])));
                }
            }
            return items;
        });
    }

    /** Every review of one child's visits, oldest first. */
    @Connectable
    public List<StoredReview> ofChild(String childId) {
        return jdbc.prepareStatement("SELECT visit_id, visit_version, decision, comment, reviewer_name, reviewed_at FROM visit_review"
                + " WHERE child_id = ? ORDER BY reviewed_at, id", s -> {
            s.setString(1, childId);
            List<StoredReview> reviews = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    reviews.add(new StoredReview(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            TimeText.instant(rs.getString(6))));
                }
            }
            return reviews;
        });
    }

    /** A review as kept. */
    public record StoredReview(String visitId, int version, String decision, String comment, String reviewerName,
                               Instant reviewedAt) {
    }

    /**
     * Records {@code caller}'s review of one version of a visit, with its audit entry, in one transaction.
     *
     * @return the visit's child
     * @throws PageRefusal 400 for a missing decision, a challenge without a comment, a comment that is too long, or a
     *                     visit version that is not the latest or was seen alone; 403 when the visit is unknown or its
     *                     child is not one the caller may write for (the same answer for both)
     */
    @Transactional
    public String record(Caller caller, String displayName, String visitId, int version, String decisionCode, String comment) {
        Decision decision = Decision.fromCode(decisionCode == null ? "" : decisionCode).orElseThrow(() ->
                PageRefusal.badRequest("Choose whether you agree with the reason or challenge it."));
        String text = comment == null ? "" : comment.strip();
        if (decision == Decision.CHALLENGED && text.isEmpty()) {
            throw PageRefusal.badRequest("Say why you challenge the reason: a challenge needs a comment for the worker.");
        }
        if (text.length() > MAX_COMMENT) {
            throw PageRefusal.badRequest("The comment is longer than " + MAX_COMMENT + " characters; shorten it.");
        }
        Optional<VisitFacts> found = visit(visitId, version);
        if (found.isEmpty() || !access.access(caller, found.get().childId(), RecordArea.VISITS).canWrite()) {
            throw PageRefusal.forbidden("This visit is not one of your team's open cases, so you cannot review it.");
        }
        VisitFacts visit = found.get();
        if (!visit.latest()) {
            throw PageRefusal.badRequest("This visit was amended after the page was loaded. Reload the page and review the "
                    + "latest version.");
        }
        if (!visit.seen() || visit.seenAlone()) {
            throw PageRefusal.badRequest("At this visit the child was not seen, or was seen alone: there is no reason to review.");
        }
        Instant now = clock.instant();
        jdbc.prepareStatement("INSERT INTO visit_review (id, visit_id, visit_version, child_id, decision, comment, reviewed_by,"
                + " reviewer_name, reviewed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", s -> {
            s.setString(1, UUID.randomUUID().toString());
            s.setString(2, visitId);
            s.setInt(3, version);
            s.setString(4, visit.childId());
            s.setString(5, decision.code());
            s.setString(6, text.isEmpty() ? null : text);
            s.setString(7, caller.userId());
            s.setString(8, displayName);
            s.setString(9, TimeText.of(now));
            return s.executeUpdate();
        });
        audit.record(caller, "review", visit.childId(), "visit:" + visitId + " v" + version, decision.code()
                + (text.isEmpty() ? "" : ": " + text));
        return visit.childId();
    }

    private record VisitFacts(String childId, boolean latest, boolean seen, boolean seenAlone) {
    }

    private Optional<VisitFacts> visit(String visitId, int version) {
        return jdbc.prepareStatement("SELECT child_id, latest, seen, seen_alone FROM visit WHERE id = ? AND version = ?", s -> {
            s.setString(1, visitId);
            s.setInt(2, version);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(new VisitFacts(rs.getString(1), rs.getBoolean(2), rs.getBoolean(3),
                        rs.getBoolean(4))) : Optional.empty();
            }
        });
    }
}
