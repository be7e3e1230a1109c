package org.doorstep.mobile.pull;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.doorstep.protocol.child.CaseloadChild;
import org.doorstep.protocol.child.ChildEpisodes;
import org.doorstep.protocol.child.PlacementEpisode;
import org.doorstep.protocol.child.PlanEpisode;
import org.doorstep.protocol.child.PrivateFosteringEpisode;
import org.doorstep.protocol.missing.MissingEpisode;
import org.doorstep.protocol.missing.ReturnInterview;
import org.doorstep.protocol.missing.StoredMissingEpisode;
import org.doorstep.protocol.missing.StoredReturnInterview;
import org.doorstep.protocol.policy.LocalPolicy;
import org.doorstep.protocol.pull.ChildChange;
import org.doorstep.protocol.pull.MissingEpisodeChange;
import org.doorstep.protocol.pull.PolicyChange;
import org.doorstep.protocol.pull.ReturnInterviewChange;
import org.doorstep.protocol.pull.VisitChange;
import org.doorstep.protocol.visit.StoredVisit;
import org.doorstep.protocol.visit.Visit;

/** Pull changes for tests, as a server would send them. */
public final class Changes {
    public static final Instant RECEIVED = Instant.parse("2026-11-01T12:00:00Z");

    private Changes() {
    }

    public static ChildChange child(String id, String name, ChildEpisodes episodes) {
        return new ChildChange(new CaseloadChild(id, name, LocalDate.parse("2015-04-01"), "T-NORTH", episodes));
    }

    public static ChildEpisodes cpPlan(String start) {
        return new ChildEpisodes(List.of(new PlanEpisode("P-" + start, PlanEpisode.CHILD_PROTECTION, LocalDate.parse(start), null)),
                List.of(), List.of(), List.of());
    }

    public static ChildEpisodes cinPlan(String start) {
        return new ChildEpisodes(List.of(new PlanEpisode("N-" + start, PlanEpisode.CHILD_IN_NEED, LocalDate.parse(start), null)),
                List.of(), List.of(), List.of());
    }

    public static ChildEpisodes placement(String start) {
        return new ChildEpisodes(List.of(), List.of(new PlacementEpisode("A-" + start, LocalDate.parse(start), null, "general",
                null, null, null, null)), List.of(), List.of());
    }

    public static ChildEpisodes privateFostering(String notified) {
        return new ChildEpisodes(List.of(), List.of(), List.of(new PrivateFosteringEpisode("F-" + notified,
                LocalDate.parse(notified), null, null)), List.of());
    }

    /** A visit at {@code occurredAt} in which the child was seen alone, stored by the server as {@code version}. */
    public static VisitChange visit(String childId, UUID id, int version, String occurredAt) {
        OffsetDateTime at = OffsetDateTime.parse(occurredAt);
        return new VisitChange(new StoredVisit(new Visit(id, childId, at, at.plusMinutes(30), true, true, null,
                "Version " + version), version, true, RECEIVED, List.of()));
    }

    public static MissingEpisodeChange missing(String childId, UUID id, int version, String wentMissingAt, String returnedAt) {
        OffsetDateTime went = OffsetDateTime.parse(wentMissingAt);
        return new MissingEpisodeChange(new StoredMissingEpisode(new MissingEpisode(id, childId, went,
                returnedAt == null ? null : OffsetDateTime.parse(returnedAt), went.plusHours(1), "MP-" + version, null),
                version, true, RECEIVED, List.of()));
    }

    public static ReturnInterviewChange offered(String childId, UUID id, UUID episodeId, String offeredAt) {
        OffsetDateTime at = OffsetDateTime.parse(offeredAt);
        return new ReturnInterviewChange(new StoredReturnInterview(new ReturnInterview(id, episodeId, childId, at, null, null,
                null, "independent return interview worker", null, null, null, null, at), 1, true, RECEIVED, List.of()));
    }

    public static PolicyChange policy(int version) {
        return new PolicyChange(LocalPolicy.DEFAULTS.asVersion(version, RECEIVED, "ada.admin"));
    }
}
