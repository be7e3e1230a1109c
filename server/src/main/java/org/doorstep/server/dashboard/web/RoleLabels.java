package org.doorstep.server.dashboard.web;

import java.util.Set;
import java.util.stream.Collectors;
import org.doorstep.protocol.auth.Role;

/** Roles in words, for people. */
public final class RoleLabels {
    private RoleLabels() {
    }

    public static String of(Role role) {
        return switch (role) {
            case SOCIAL_WORKER -> "social worker";
            case RHI_OFFICER -> "return interview officer";
            case TEAM_MANAGER -> "team manager";
            case ADMINISTRATOR -> "administrator";
        };
    }

    public static String of(Set<Role> roles) {
        return roles.isEmpty() ? "no role" : roles.stream().sorted().map(RoleLabels::of).collect(Collectors.joining(", "));
    }
}
