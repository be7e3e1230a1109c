package org.doorstep.server.dashboard.compliance;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What the database holds about one child that bears on compliance: the child, its episodes, the latest
 * version of each visit, its missing episodes and return interviews. Mutable while it is being read.
 */
public final class ChildFacts {
    /** A plan: kind cp or cin. */
    public record PlanRow(String id, String kind, LocalDate start, @Nullable LocalDate end) {
    }

    public record PlacementRow(String id, LocalDate start, @Nullable LocalDate end, String type,
                               @Nullable LocalDate intendedUntil18From, @Nullable LocalDate longTermFosterFrom,
                               @Nullable LocalDate childAgreedFrom, @Nullable LocalDate firstReviewDate) {
    }

    public record FosteringRow(String id, @Nullable LocalDate notificationReceived, @Nullable LocalDate laAware,
                               @Nullable LocalDate end) {
    }

    public record CareLeaverRow(String id, LocalDate firstProvided, String basis, @Nullable LocalDate end) {
    }

    /**
     * The latest version of a visit, as the rules need it.
     *
     * @param type           statutory, core_group or other
     * @param notAloneReason the reason code when there is one, else the worker's words
     */
    public record VisitRow(String id, int version, Instant occurredAt, @Nullable Instant recordedAt, Instant receivedAt,
                           boolean seen, boolean seenAlone, @Nullable String notAloneReason, String type) {
    }

    public record MissingRow(String id, Instant wentMissingAt, @Nullable Instant returnedAt) {
    }

    public record InterviewRow(String id, String episodeId, @Nullable Instant offeredAt, @Nullable Instant completedAt,
                               @Nullable Instant declinedAt, @Nullable String outcome) {
    }

    final String childId;
    final String teamId;
    final String workerId;
    final boolean closed;
    final List<PlanRow> plans = new ArrayList<>();
    final List<PlacementRow> placements = new ArrayList<>();
    final List<FosteringRow> fostering = new ArrayList<>();
    final List<CareLeaverRow> careLeaver = new ArrayList<>();
    final List<VisitRow> visits = new ArrayList<>();
    final List<MissingRow> missing = new ArrayList<>();
    final List<InterviewRow> interviews = new ArrayList<>();

    ChildFacts(String childId, @Nullable String teamId, @Nullable String workerId, boolean closed) {
        this.childId = childId;
        this.teamId = teamId;
        this.workerId = workerId;
        this.closed = closed;
    }

    public String childId() {
        return childId;
    }

    public boolean closed() {
        return closed;
    }

    public List<PlanRow> plans() {
        return plans;
    }

    public List<PlacementRow> placements() {
        return placements;
    }

    public List<FosteringRow> fostering() {
        return fostering;
    }

    public List<CareLeaverRow> careLeaver() {
        return careLeaver;
    }

    public List<MissingRow> missing() {
        return missing;
    }

    public List<InterviewRow> interviews() {
        return interviews;
    }
}
