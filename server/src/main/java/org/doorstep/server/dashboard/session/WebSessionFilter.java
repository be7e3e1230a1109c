package org.doorstep.server.dashboard.session;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.Optional;

/**
 * Reads the dashboard session named by the request's cookie, before the security layer runs, and leaves it
 * on the request for {@link WebSessionFetcher} (which turns it into the request's authentication) and the
 * pages. A cookie naming no live session is remembered, so the sign-in page can say that the session ended.
 */
@ServerFilter({"/dashboard", "/dashboard/**"})
class WebSessionFilter implements Ordered {
    static final String SESSION = "doorstep.dashboard.session";
    static final String SESSION_ENDED = "doorstep.dashboard.session-ended";
    static final String STARTED = "doorstep.dashboard.started-nanos";
    private final WebSessions sessions;
    private final SessionCookies cookies;

    WebSessionFilter(WebSessions sessions, SessionCookies cookies) {
        this.sessions = sessions;
        this.cookies = cookies;
    }

    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    void read(HttpRequest<?> request) {
        request.setAttribute(STARTED, System.nanoTime());
        Optional<String> token = cookies.read(request, SessionCookies.SESSION).filter(t -> !t.isBlank());
        if (token.isEmpty()) {
            return;
        }
        Optional<WebSession> session = sessions.find(token.get());
        if (session.isPresent()) {
            request.setAttribute(SESSION, session.get());
        } else {
            request.setAttribute(SESSION_ENDED, Boolean.TRUE);
        }
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.before();
    }
}
