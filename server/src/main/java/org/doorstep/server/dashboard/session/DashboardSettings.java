package org.doorstep.server.dashboard.session;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;

/** Dashboard sign-in settings ({@code doorstep.dashboard.*}, see server/README.md). */
@Singleton
public class DashboardSettings {
    private final Duration idleTimeout;
    private final Duration lifetime;
    private final boolean alwaysSecureCookies;

    DashboardSettings(@Value("${doorstep.dashboard.session.idle-timeout:30m}") Duration idleTimeout,
                      @Value("${doorstep.dashboard.session.lifetime:10h}") Duration lifetime,
                      @Value("${doorstep.dashboard.secure-cookies:false}") boolean alwaysSecureCookies) {
        this.idleTimeout = idleTimeout;
        this.lifetime = lifetime;
        this.alwaysSecureCookies = alwaysSecureCookies;
    }

    /** A session ends after this long without a request. */
    public Duration idleTimeout() {
        return idleTimeout;
    }

    /** A session ends this long after sign-in, however busy. */
    public Duration lifetime() {
        return lifetime;
    }

    /** Mark cookies Secure even on a plain HTTP request (behind a TLS proxy that does not say so). */
    public boolean alwaysSecureCookies() {
        return alwaysSecureCookies;
    }
}
