package org.doorstep.server.dashboard.compliance;

import java.util.Optional;
import org.doorstep.compliance.result.Status;

/** Where a child stands on its visits, as the dashboard counts it. */
public enum VisitStatus {
    OVERDUE("overdue", "Overdue"),
    DUE_SOON("due_soon", "Due soon"),
    COMPLIANT("compliant", "In time"),
    /** No visiting regime applies (worst status only). */
    NONE("none", "No visiting rule");

    private final String code;
    private final String label;

    VisitStatus(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** The engine's status in the dashboard's three: not yet due, done late, superseded count as in time. */
    public static VisitStatus of(Status status) {
        return switch (status) {
            case OVERDUE -> OVERDUE;
            case DUE_SOON -> DUE_SOON;
            default -> COMPLIANT;
        };
    }

    public static Optional<VisitStatus> fromCode(String code) {
        for (VisitStatus status : values()) {
            if (status.code.equals(code)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }

    /** The more urgent of the two. */
    public VisitStatus worse(VisitStatus other) {
        return other.ordinal() < ordinal() ? other : this;
    }
}
