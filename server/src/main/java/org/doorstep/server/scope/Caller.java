package org.doorstep.server.scope;

import java.util.Objects;
import java.util.Set;
import org.doorstep.protocol.auth.Role;

/**
 * Who is calling: the signed-in person, their roles, the device (or browser session) they signed in on,
 * and the channel the request came through. Built from the access token, never from the request body.
 *
 * @param userId   the person's id
 * @param username the person's username (kept in the audit trail as it was at the time)
 * @param roles    what they may do
 * @param deviceId the registered device, or the browser session for the dashboard
 * @param channel  sync, api or web
 */
public record Caller(String userId, String username, Set<Role> roles, String deviceId, Channel channel) {
    public Caller {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(username, "username");
        roles = Set.copyOf(roles);
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(channel, "channel");
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Where a request came from, as the audit trail records it. */
    public enum Channel {
        SYNC("sync"), API("api"), WEB("web");

        private final String wireName;

        Channel(String wireName) {
            this.wireName = wireName;
        }

        public String wireName() {
            return wireName;
        }
    }
}
