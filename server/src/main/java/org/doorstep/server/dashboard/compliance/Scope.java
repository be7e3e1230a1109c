package org.doorstep.server.dashboard.compliance;

import java.util.Objects;

/**
 * Which children a snapshot refresh or read covers: a team's, a worker's, or the whole authority's. Built by
 * the pages from what the access policy grants; this class only says how to find them.
 */
public record Scope(Kind kind, String id) {
    public enum Kind { TEAM, WORKER, ALL }

    public Scope {
        Objects.requireNonNull(kind, "kind");
        if (kind != Kind.ALL) {
            Objects.requireNonNull(id, "id");
        }
    }

    public static Scope team(String teamId) {
        return new Scope(Kind.TEAM, teamId);
    }

    public static Scope worker(String workerId) {
        return new Scope(Kind.WORKER, workerId);
    }

    public static Scope all() {
        return new Scope(Kind.ALL, null);
    }

    /** The scope's key in {@code compliance_watermark}. */
    String key() {
        return switch (kind) {
            case TEAM -> "team:" + id;
            case WORKER -> "worker:" + id;
            case ALL -> "all";
        };
    }

    /** The SQL condition on the child table aliased {@code c}: one {@code ?} for the id, or none. */
    String condition() {
        return switch (kind) {
            case TEAM -> "c.team_id = ?";
            case WORKER -> "c.allocated_worker_id = ?";
            case ALL -> "1 = 1";
        };
    }

    boolean hasParameter() {
        return kind != Kind.ALL;
    }
}
