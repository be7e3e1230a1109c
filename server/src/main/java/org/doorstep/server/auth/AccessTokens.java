package org.doorstep.server.auth;

import io.micronaut.security.token.generator.TokenGenerator;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.doorstep.protocol.auth.Role;

/** Signs short-lived access tokens (HS256 JWT) naming the person, their roles and the device. */
@Singleton
public class AccessTokens {
    /** The device the token was issued to. */
    public static final String DEVICE_CLAIM = "dev";
    /** Set on a revoked device's token: it may only push what the device still holds. */
    public static final String PUSH_ONLY_CLAIM = "push_only";
    public static final String USERNAME_CLAIM = "username";
    /**
     * The person's {@code scope_reset_seq} when the token was issued: a token from before their access last
     * changed (other team, area or roles) is refused, so that the next one carries what they may see now.
     */
    public static final String SCOPE_CLAIM = "scope";

    private final TokenGenerator generator;
    private final AuthSettings settings;

    AccessTokens(TokenGenerator generator, AuthSettings settings) {
        this.generator = generator;
        this.settings = settings;
    }

    public String issue(Account account, String deviceId, boolean pushOnly, Instant now) {
        Map<String, Object> claims = new HashMap<>();
        claims.put("sub", account.id());
        claims.put("jti", UUID.randomUUID().toString());
        claims.put("iat", now.getEpochSecond());
        claims.put("exp", now.plus(settings.accessTokenLifetime()).getEpochSecond());
        claims.put("roles", account.roles().stream().map(Role::wireName).sorted().toList());
        claims.put(USERNAME_CLAIM, account.username());
        claims.put(DEVICE_CLAIM, deviceId);
        claims.put(SCOPE_CLAIM, account.scopeResetSeq());
        if (pushOnly) {
            claims.put(PUSH_ONLY_CLAIM, true);
        }
        return generator.generateToken(claims)
                .orElseThrow(() -> new IllegalStateException("The access token could not be signed; check doorstep.auth.jwt-secret"));
    }

    public long lifetimeSeconds() {
        return settings.accessTokenLifetime().toSeconds();
    }
}
