package org.doorstep.server.dashboard.session;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URI;
import java.util.Optional;
import java.util.regex.Pattern;
import org.doorstep.protocol.auth.SignedInUser;
import org.doorstep.server.auth.SignIn;
import org.doorstep.server.dashboard.web.DashboardRefusals;
import org.doorstep.server.dashboard.web.Pages;
import org.doorstep.server.web.ApiErrorException;

/**
 * Signing in to the dashboard with a username and password (the same check, failure count and lockout as the
 * field app's sign-in), and signing out. A successful sign-in starts a server-side session named by an
 * HttpOnly, SameSite=Strict cookie and goes back to the page that asked for it.
 */
@Hidden
@Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
@Controller("/dashboard")
@ExecuteOn(TaskExecutors.BLOCKING)
class SignInController {
    /** Where a sign-in may return: a dashboard page of this server, nothing else. */
    private static final Pattern LOCAL_PAGE = Pattern.compile("/dashboard(/[A-Za-z0-9._~%/-]*)?(\\?[A-Za-z0-9._~%&=+-]*)?");
    private final SignIn signIn;
    private final WebSessions sessions;
    private final SessionCookies cookies;
    private final Pages pages;
    private final FormGuard guard;

    SignInController(SignIn signIn, WebSessions sessions, SessionCookies cookies, Pages pages, FormGuard guard) {
        this.guard = guard;
        this.signIn = signIn;
        this.sessions = sessions;
        this.cookies = cookies;
        this.pages = pages;
    }

    /**
     * The sign-in form.
     *
     * @param username the username last typed
     * @param message  a problem to show, or null
     * @param notice   information to show (session ended, signed out), or null
     * @param formToken the form's token (also in its cookie)
     * @param next     the page to go to afterwards
     */
    record SignInPage(@Nullable String username, @Nullable String message, @Nullable String notice, String formToken,
                      String next) {
    }

    @Get("/sign-in")
    @Secured(SecurityRule.IS_ANONYMOUS)
    MutableHttpResponse<?> form(HttpRequest<?> request, @Nullable @QueryValue String next,
                                @Nullable @QueryValue String ended, @Nullable @QueryValue("signed-out") String signedOut) {
        if (DashboardRequests.session(request).isPresent()) {
            return Pages.withHeaders(request, HttpResponse.seeOther(URI.create(safeNext(next))));
        }
        String notice = ended != null ? "Your session has ended (it expired, or you signed out elsewhere). Sign in again to carry on."
                : signedOut != null ? "You have signed out." : null;
        return page(request, HttpStatus.OK, null, null, notice, safeNext(next));
    }

    @Post("/sign-in")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Secured(SecurityRule.IS_ANONYMOUS)
    MutableHttpResponse<?> signIn(HttpRequest<?> request, @Nullable @Body String body) {
        FormFields form = guard.check(request, body);
        String username = form.first("username").orElse("");
        String next = safeNext(form.first("next").orElse(null));
        SignedInUser user;
        try {
            user = signIn.checkCredentials(username, form.first("password").orElse(""));
        } catch (ApiErrorException refused) {
            String message = switch (refused.error().code()) {
                case REQUIRED -> "Enter your " + refused.error().field() + ".";
                case INVALID_CREDENTIALS -> "The username or password is not right. Check them and try again.";
                default -> refused.error().message();
            };
            return page(request, refused.status(), username, message, null, next);
        }
        WebSessions.Started started = sessions.start(user.id());
        return Pages.withHeaders(request, HttpResponse.seeOther(URI.create(next))
                .cookie(cookies.session(request, started.token()))
                .cookie(cookies.cleared(request, SessionCookies.SIGN_IN)));
    }

    @Post("/sign-out")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Secured(SecurityRule.IS_ANONYMOUS)
    MutableHttpResponse<?> signOut(HttpRequest<?> request, @Nullable @Body String body) {
        if (DashboardRequests.session(request).isEmpty()) {
            return Pages.withHeaders(request, HttpResponse.seeOther(URI.create(DashboardRefusals.SIGN_IN))
                    .cookie(cookies.cleared(request, SessionCookies.SESSION)));
        }
        guard.check(request, body);
        DashboardRequests.session(request).ifPresent(session -> sessions.end(session.id()));
        return Pages.withHeaders(request, HttpResponse.seeOther(URI.create(DashboardRefusals.SIGN_IN + "?signed-out=1"))
                .cookie(cookies.cleared(request, SessionCookies.SESSION)));
    }

    private MutableHttpResponse<?> page(HttpRequest<?> request, HttpStatus status, String username, String message,
                                        String notice, String next) {
        Optional<String> existing = cookies.read(request, SessionCookies.SIGN_IN).filter(t -> t.length() >= 32 && t.length() <= 64);
        String token = existing.orElseGet(RandomTokens::next);
        MutableHttpResponse<String> response = pages.render(request, status, "sign-in", "Sign in",
                new SignInPage(username, message, notice, token, next));
        return response.cookie(cookies.signIn(request, token));
    }

    static String safeNext(String next) {
        return next != null && LOCAL_PAGE.matcher(next).matches() && !next.contains("//") ? next : "/dashboard";
    }
}
