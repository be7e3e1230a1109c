package org.doorstep.server.dashboard.session;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import java.util.Optional;
import org.doorstep.server.dashboard.web.Pages;

/**
 * Cross-site request forgery: every POST to the dashboard must send back, in the form field
 * {@value #FIELD}, the token of the session it was served in (for the sign-in form, which has no session
 * yet, the token of its {@link SessionCookies#SIGN_IN} cookie). The cookies are SameSite=Strict as well, so
 * another site's form is refused twice over. A POST without a live session is left to the security layer,
 * which sends the browser to sign in.
 */
@ServerFilter(value = {"/dashboard/**"}, methods = HttpMethod.POST)
class FormTokenFilter implements Ordered {
    public static final String FIELD = "_csrf";
    static final String SIGN_IN_PATH = "/dashboard/sign-in";
    static final String FORM = "doorstep.dashboard.form";
    private final SessionCookies cookies;
    private final Pages pages;

    FormTokenFilter(SessionCookies cookies, Pages pages) {
        this.cookies = cookies;
        this.pages = pages;
    }

    @RequestFilter
    @Nullable
    MutableHttpResponse<?> check(HttpRequest<?> request, @Nullable @Body String body) {
        FormFields fields = FormFields.parse(body);
        // Controllers read the form from here: the body is read once, by this filter.
        request.setAttribute(FORM, fields);
        Optional<String> given = fields.first(FIELD);
        String expected;
        if (SIGN_IN_PATH.equals(request.getPath())) {
            expected = cookies.read(request, SessionCookies.SIGN_IN).orElse(null);
        } else {
            Optional<WebSession> session = DashboardRequests.session(request);
            if (session.isEmpty()) {
                return null;
            }
            expected = session.get().formToken();
        }
        if (given.isPresent() && RandomTokens.same(expected, given.get())) {
            return null;
        }
        return pages.problem(request, HttpStatus.FORBIDDEN, "This form cannot be accepted",
                "The form did not carry this sign-in's security token: it may have come from another site, or from a page "
                        + "opened before you last signed in. Nothing was changed. Go back, reload the page and try again.");
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.before() + 1;
    }
}
