package org.doorstep.server.auth;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;

/** Sign-in settings ({@code doorstep.auth.*}, see server/README.md). */
@Singleton
public class AuthSettings {
    /** The secret the server ships with: fine on a laptop, refused in production mode. */
    public static final String DEVELOPMENT_SECRET = "doorstep-development-only-secret-do-not-use-in-production";
    /** The device-key secret the server ships with: fine on a laptop, refused in production mode. */
    public static final String DEVELOPMENT_DEVICE_KEY_SECRET = "doorstep-development-only-device-key-secret-not-for-production";

    private final String jwtSecret;
    private final String deviceKeySecret;
    private final String mode;
    private final Duration accessTokenLifetime;
    private final Duration refreshTokenLifetime;
    private final int maxFailures;
    private final Duration lockoutDuration;

    AuthSettings(@Value("${doorstep.auth.jwt-secret}") String jwtSecret,
                 @Value("${doorstep.auth.device-key-secret}") String deviceKeySecret,
                 @Value("${doorstep.mode:development}") String mode,
                 @Value("${doorstep.auth.access-token-lifetime:15m}") Duration accessTokenLifetime,
                 @Value("${doorstep.auth.refresh-token-lifetime:30d}") Duration refreshTokenLifetime,
                 @Value("${doorstep.auth.lockout.max-failures:5}") int maxFailures,
                 @Value("${doorstep.auth.lockout.duration:15m}") Duration lockoutDuration) {
        this.jwtSecret = jwtSecret;
        this.deviceKeySecret = deviceKeySecret;
        this.mode = mode;
        this.accessTokenLifetime = accessTokenLifetime;
        this.refreshTokenLifetime = refreshTokenLifetime;
        this.maxFailures = maxFailures;
        this.lockoutDuration = lockoutDuration;
    }

    public String jwtSecret() {
        return jwtSecret;
    }

    /** The secret each device's recovery key is derived from (see {@link DeviceKeys}). */
    public String deviceKeySecret() {
        return deviceKeySecret;
    }

    public boolean production() {
        return "production".equalsIgnoreCase(mode);
    }

    public Duration accessTokenLifetime() {
        return accessTokenLifetime;
    }

    public Duration refreshTokenLifetime() {
        return refreshTokenLifetime;
    }

    public int maxFailures() {
        return maxFailures;
    }

    public Duration lockoutDuration() {
        return lockoutDuration;
    }
}
