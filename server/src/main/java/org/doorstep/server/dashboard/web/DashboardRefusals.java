package org.doorstep.server.dashboard.web;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.doorstep.protocol.ErrorCode;
import org.doorstep.protocol.ApiError;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.doorstep.server.dashboard.session.DashboardRequests;
import org.doorstep.server.web.RefusalPages;

/**
 * Refusals on the dashboard are pages for a browser, not JSON: without a live session it goes to the sign-in page
 * (saying so when its session has ended, and coming back to the page afterwards); a role that does not allow
 * the page gets a 403 page that says why.
 */
@Singleton
public class DashboardRefusals implements RefusalPages {
    public static final String SIGN_IN = "/dashboard/sign-in";
    private final Pages pages;

    DashboardRefusals(Pages pages) {
        this.pages = pages;
    }

    /**
     * Dashboard addresses asked for by a browser (it accepts HTML). A program (a script downloading an export with
     * a token, say) gets the API's JSON refusals, 401 or 403, on the same addresses.
     */
    @Override
    public boolean handles(HttpRequest<?> request) {
        boolean dashboard = request.getPath().equals("/dashboard") || request.getPath().startsWith("/dashboard/");
        return dashboard && request.getHeaders().accept().stream().anyMatch(type -> "text/html".equals(type.getName()));
    }

    @Override
    public MutableHttpResponse<?> unauthenticated(HttpRequest<?> request) {
        return toSignIn(request);
    }

    @Override
    public MutableHttpResponse<?> forbidden(HttpRequest<?> request) {
        return pages.problem(request, HttpStatus.FORBIDDEN, "Not available to you",
                "Your role does not give you this page. If you need it, ask your administrator.");
    }

    /** 303 to the sign-in page, which comes back here (GET pages only) and says when the session ended. */
    static MutableHttpResponse<?> toSignIn(HttpRequest<?> request) {
        StringBuilder target = new StringBuilder(SIGN_IN);
        String separator = "?";
        if (DashboardRequests.sessionEnded(request)) {
            target.append("?ended=1");
            separator = "&";
        }
        if (request.getMethod() == HttpMethod.GET && !request.getPath().equals("/dashboard")) {
            String query = request.getUri().getRawQuery();
            String back = query == null ? request.getPath() : request.getPath() + "?" + query;
            target.append(separator).append("next=").append(URLEncoder.encode(back, StandardCharsets.UTF_8));
        }
        return Pages.withHeaders(request, HttpResponse.seeOther(URI.create(target.toString())));
    }

    /** Pages refused by the dashboard itself: a page for a browser, the API's JSON for a program. */
    @Produces
    @Singleton
    static final class Refused implements ExceptionHandler<PageRefusal, HttpResponse<?>> {
        private final Pages pages;
        private final DashboardRefusals refusals;

        Refused(Pages pages, DashboardRefusals refusals) {
            this.pages = pages;
            this.refusals = refusals;
        }

        @Override
        public HttpResponse<?> handle(HttpRequest request, PageRefusal refusal) {
            if (!refusals.handles(request)) {
                ErrorCode code = refusal.status() == HttpStatus.FORBIDDEN ? ErrorCode.FORBIDDEN : ErrorCode.INVALID_FORMAT;
                return HttpResponse.status(refusal.status()).body(ApiError.of(code, refusal.getMessage()));
            }
            return pages.problem(request, refusal.status(), refusal.title(), refusal.getMessage());
        }
    }

    /** A page asked for without a browser session: the sign-in page for a browser, a JSON 401 for a program. */
    @Produces
    @Singleton
    static final class NotSignedIn implements ExceptionHandler<SignInRequired, HttpResponse<?>> {
        private final DashboardRefusals refusals;

        NotSignedIn(DashboardRefusals refusals) {
            this.refusals = refusals;
        }

        @Override
        public HttpResponse<?> handle(HttpRequest request, SignInRequired exception) {
            if (!refusals.handles(request)) {
                return HttpResponse.unauthorized().body(ApiError.of(ErrorCode.UNAUTHENTICATED,
                        "Sign in to the dashboard first; its pages need a browser session"));
            }
            return toSignIn(request);
        }
    }
}
