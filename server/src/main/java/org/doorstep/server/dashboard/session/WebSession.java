package org.doorstep.server.dashboard.session;

import java.util.Set;
import org.doorstep.protocol.auth.Role;
import org.doorstep.server.scope.Caller;

/**
 * A signed-in dashboard browser, with its person as stored now (roles are read at every request, so a
 * change of role applies at once).
 *
 * @param id          the session's id (not its secret): what the audit trail records as the "device"
 * @param userId      the person
 * @param username    their username
 * @param displayName their name
 * @param roles       their roles now
 * @param formToken   the token every form of this session sends back (CSRF)
 */
public record WebSession(String id, String userId, String username, String displayName, Set<Role> roles,
                         String formToken) {
    public WebSession {
        roles = Set.copyOf(roles);
    }

    /** How the audit trail names the browser: {@code web:} and the session id. */
    public String deviceId() {
        return "web:" + id;
    }

    public Caller caller() {
        return new Caller(userId, username, roles, deviceId(), Caller.Channel.WEB);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
