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

    /** Milliseconds since the dashboard's first filter saw the request, or -1 when unknown. */
    public static double elapsedMillis(HttpRequest<?> request) {
        return request.getAttribute(WebSessionFilter.STARTED, Long.class)
                .map(started -> (System.nanoTime() - started) / 1e6).orElse(-1.0);
    }
}
