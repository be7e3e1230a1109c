package org.doorstep.server.dashboard.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.views.thymeleaf.ThymeleafViewsRenderer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.doorstep.server.dashboard.session.DashboardRequests;
import org.doorstep.server.dashboard.session.WebSession;

/**
 * Renders the dashboard's Thymeleaf templates ({@code src/main/resources/views}) into complete responses with
 * the headers every page carries: no caching of case records, a content security policy that allows only the
 * dashboard's own script and style, and the server's time for the request ({@code Server-Timing}).
 * Templates see two values: {@code frame} ({@link Frame}) and {@code page} (the page's own record).
 */
@Singleton
public class Pages {
    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
    private final ThymeleafViewsRenderer<Map<String, Object>> renderer;

    Pages(ThymeleafViewsRenderer<Map<String, Object>> renderer) {
        this.renderer = renderer;
    }

    /** The page {@code view} for the signed-in person of {@code request}. */
    public MutableHttpResponse<String> render(HttpRequest<?> request, HttpStatus status, String view, String title, Object page) {
        Frame frame = DashboardRequests.session(request).map(s -> Frame.of(title, s)).orElseGet(() -> Frame.anonymous(title));
        return render(request, status, view, frame, page);
    }

    public MutableHttpResponse<String> render(HttpRequest<?> request, HttpStatus status, String view, Frame frame, Object page) {
        Map<String, Object> model = new HashMap<>();
        model.put("frame", frame);
        model.put("page", page);
        StringWriter html = new StringWriter();
        try {
            renderer.render(view, model, request).writeTo(html);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return withHeaders(request, HttpResponse.<String>status(status).contentType(MediaType.TEXT_HTML + ";charset=utf-8")
                .body(html.toString()));
    }

    /** A page that explains a refusal or a problem in one sentence or two, with a way on. */
    public MutableHttpResponse<String> problem(HttpRequest<?> request, HttpStatus status, String title, String message) {
        boolean signedIn = DashboardRequests.session(request).isPresent();
        return render(request, status, "problem", title, new Problem(status.getCode(), message, signedIn));
    }

    /** The headers of every dashboard response: no caching, the security policy, the server time. */
    public static <T> MutableHttpResponse<T> withHeaders(HttpRequest<?> request, MutableHttpResponse<T> response) {
        double millis = DashboardRequests.elapsedMillis(request);
        response.header("Cache-Control", "no-store")
                .header("Content-Security-Policy", POLICY)
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "same-origin")
                .header("X-Frame-Options", "DENY");
        if (millis >= 0) {
            response.header("Server-Timing", String.format(Locale.ROOT, "app;dur=%.1f", millis));
        }
        return response;
    }

    /**
     * The explanation of a refusal.
     *
     * @param status   the HTTP status
     * @param message  what happened and what to do
     * @param signedIn whether to offer the way home rather than sign-in
     */
    public record Problem(int status, String message, boolean signedIn) {
    }

    /** Who is signed in, for pages that need more than the frame. */
    public static WebSession sessionOf(HttpRequest<?> request) {
        return DashboardRequests.session(request).orElseThrow(SignInRequired::new);
    }
}
