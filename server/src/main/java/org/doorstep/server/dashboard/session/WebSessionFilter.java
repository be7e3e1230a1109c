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
    static final String ASSETS = "/dashboard/assets/";
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
        if (request.getPath().startsWith(ASSETS)) {
            return; // style and script: public, no session needed
        }
        Optional<String> token = cookies.read(request, SessionCookies.SESSION).filter(t -> !t.isBlank());
        if (token.isEmpty()) {
            return;
        }
        Optional<WebSessions.Found> found = sessions.find(token.get());
        if (found.isPresent()) {
            request.setAttribute(SESSION, found.get().session());
            if (found.get().touchDue()) {
                sessions.touch(found.get().session().id());
            }
        } else {
            request.setAttribute(SESSION_ENDED, Boolean.TRUE);
        }
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.before();
    }
}
