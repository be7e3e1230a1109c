package org.doorstep.server.dashboard.session;

import io.micronaut.http.HttpRequest;
import java.util.Optional;

/** What the session filter left on a dashboard request. */
public final class DashboardRequests {
    private DashboardRequests() {
    }

    /** The request's live session, if it has one. */
    public static Optional<WebSession> session(HttpRequest<?> request) {
        return request.getAttribute(WebSessionFilter.SESSION, WebSession.class);
    }

    /** The request named a session that has ended (expired, idle, signed out, or its person deactivated). */
    public static boolean sessionEnded(HttpRequest<?> request) {
        return request.getAttribute(WebSessionFilter.SESSION_ENDED, Boolean.class).orElse(false);
    }

    /**
     * The fields of a dashboard POST's form, as read (once) by the form token filter. Controllers take the form
     * from here and never bind the body a second time.
     */
    public static FormFields form(HttpRequest<?> request) {
        return request.getAttribute(FormTokenFilter.FORM, FormFields.class).orElseGet(() -> FormFields.parse(null));
    }

    /** Milliseconds since the dashboard's first filter saw the request, or -1 when unknown. */
    public static double elapsedMillis(HttpRequest<?> request) {
        return request.getAttribute(WebSessionFilter.STARTED, Long.class)
                .map(started -> (System.nanoTime() - started) / 1e6).orElse(-1.0);
    }
}
