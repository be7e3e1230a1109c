package org.doorstep.protocol.auth;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/** What a person does in the council, which decides what Doorstep lets them see and change. */
public enum Role {
    /** Their allocated children; read-only on their team's other children when covering, if enabled. */
    SOCIAL_WORKER("social_worker"),
    /** Missing-persons / return interview officer: children with missing episodes in their area. */
    RHI_OFFICER("rhi_officer"),
    /** Their team's children. */
    TEAM_MANAGER("team_manager"),
    /** Users, teams, policy and devices; no case records unless also a manager. */
    ADMINISTRATOR("administrator");

    private final String wireName;

    Role(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }

    public static Optional<Role> fromWireName(String name) {
        for (Role role : values()) {
            if (role.wireName.equals(name)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
