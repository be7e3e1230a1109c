package org.doorstep.server.auth;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import java.util.EnumSet;
import java.util.Set;
import org.doorstep.protocol.auth.Role;
import org.doorstep.server.scope.Caller;

/** The {@link Caller} of a request, from its verified access token. */
public final class Callers {
    /**
     * Set on the authentication of a dashboard browser session (the session's id): such a request has no
     * device to check, and its session was checked when it was read.
     */
    public static final String WEB_SESSION = "web_session";
    private Callers() {
    }

    public static Caller of(Authentication authentication, HttpRequest<?> request) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String role : authentication.getRoles()) {
            Role.fromWireName(role).ifPresent(roles::add);
        }
        Object username = authentication.getAttributes().get(AccessTokens.USERNAME_CLAIM);
        return new Caller(authentication.getName(), username == null ? authentication.getName() : username.toString(),
                roles, deviceOf(authentication), channelOf(request.getPath()));
    }

    static String deviceOf(Authentication authentication) {
        Object device = authentication.getAttributes().get(AccessTokens.DEVICE_CLAIM);
        if (device == null) {
            throw new IllegalStateException("An access token without a device claim passed verification");
        }
        return device.toString();
    }

    static boolean pushOnly(Authentication authentication) {
        return Boolean.TRUE.equals(authentication.getAttributes().get(AccessTokens.PUSH_ONLY_CLAIM));
    }

    static Caller.Channel channelOf(String path) {
        if (path.startsWith("/api/sync/")) {
            return Caller.Channel.SYNC;
        }
        return path.startsWith("/api/") ? Caller.Channel.API : Caller.Channel.WEB;
    }
}
