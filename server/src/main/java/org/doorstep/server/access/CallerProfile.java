package org.doorstep.server.access;

import io.micronaut.core.annotation.Nullable;
import java.util.Set;
import org.doorstep.protocol.auth.Role;
import org.doorstep.server.scope.Caller;

/**
 * A caller with what the access rules need about them from the database: their team and area.
 *
 * @param caller       who is calling (roles from the access token)
 * @param teamId       the user's team, or null
 * @param area         a return interview officer's area, or null
 * @param scopeResetSeq the change number of the person's last change of access (team, area, roles); 0 for none
 */
public record CallerProfile(Caller caller, @Nullable String teamId, @Nullable String area, long scopeResetSeq) {
    public boolean has(Role role) {
        return caller.has(role);
    }

    public String userId() {
        return caller.userId();
    }

    public Set<Role> roles() {
        return caller.roles();
    }
}
