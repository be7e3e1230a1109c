package org.doorstep.server.dashboard.session;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Optional;

/**
 * The dashboard's cookies: the session ({@value #SESSION}, sent to {@code /dashboard} only) and the sign-in
 * form's token ({@value #SIGN_IN}). Both HttpOnly and SameSite=Strict; Secure when the request came over
 * HTTPS (directly, or as a TLS proxy says with {@code X-Forwarded-Proto}) or when configured.
 */
@Singleton
public class SessionCookies {
    public static final String SESSION = "doorstep_session";
    public static final String SIGN_IN = "doorstep_sign_in";
    static final String PATH = "/dashboard";
    private final DashboardSettings settings;

    SessionCookies(DashboardSettings settings) {
        this.settings = settings;
    }

    public Optional<String> read(HttpRequest<?> request, String name) {
        return request.getCookies().findCookie(name).map(Cookie::getValue);
    }

    public Cookie session(HttpRequest<?> request, String token) {
        return base(request, SESSION, token).maxAge(settings.lifetime());
    }

    public Cookie signIn(HttpRequest<?> request, String token) {
        return base(request, SIGN_IN, token).maxAge(Duration.ofHours(2));
    }

    /** A cookie that removes {@code name} from the browser. */
    public Cookie cleared(HttpRequest<?> request, String name) {
        return base(request, name, "").maxAge(0);
    }

    private Cookie base(HttpRequest<?> request, String name, String value) {
        return Cookie.of(name, value).path(PATH).httpOnly(true).sameSite(SameSite.Strict).secure(secure(request));
    }

    boolean secure(HttpRequest<?> request) {
        return settings.alwaysSecureCookies() || request.isSecure()
                || "https".equalsIgnoreCase(request.getHeaders().get("X-Forwarded-Proto"));
    }
}
