package org.doorstep.server.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import org.doorstep.protocol.missing.MissingEpisode;
import org.doorstep.protocol.missing.ReturnInterview;
import org.doorstep.protocol.visit.Visit;

/** Everything generated for a run of children, ready to be written; change numbers are given at writing. */
final class ChildBatch {
    record Child(String id, String displayName, String dateOfBirth, String teamId, String workerId, String closedOn) {
    }

    record Allocation(String childId, Instant from, String workerId, String teamId, Instant until) {
    }

    /** A row of plan, placement, private_fostering or care_leaver_accommodation: column to value, id first. */
    record Episode(String table, LinkedHashMap<String, String> columns) {
    }

    /** A device-authored record as it would have arrived from {@code deviceId} at {@code receivedAt}. */
    record Synced<R>(R record, UUID operationId, String deviceId, Instant receivedAt) {
    }

    final List<Child> children = new ArrayList<>();
    final List<Allocation> allocations = new ArrayList<>();
    final List<Episode> episodes = new ArrayList<>();
    final List<Synced<Visit>> visits = new ArrayList<>();
    final List<Synced<MissingEpisode>> missing = new ArrayList<>();
    final List<Synced<ReturnInterview>> interviews = new ArrayList<>();

    int changeCount() {
        return children.size() + visits.size() + missing.size() + interviews.size();
    }
}
