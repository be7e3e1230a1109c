package org.doorstep.server.dashboard.session;

import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.doorstep.server.dashboard.web.PageRefusal;
import org.doorstep.server.dashboard.web.SignInRequired;

/**
 * Cross-site request forgery: every POST of the dashboard must send back, in the form field {@value #FIELD},
 * the token of the session its page was served in (for the sign-in form, which has no session yet, the token
 * of its {@link SessionCookies#SIGN_IN} cookie). The cookies are SameSite=Strict as well, so another site's
 * form is refused twice over. Every POST handler passes its form through {@link #check} before anything else
 * (a test posts to every dashboard POST route without the token and expects the refusal).
 */
@Singleton
public class FormGuard {
    public static final String FIELD = "_csrf";
    static final String SIGN_IN_PATH = "/dashboard/sign-in";
    private final SessionCookies cookies;

    FormGuard(SessionCookies cookies) {
        this.cookies = cookies;
    }

    /**
     * The form's fields, once its token is checked.
     *
     * @throws SignInRequired when a form other than sign-in comes without a live session
     * @throws PageRefusal    403 when the token is missing or not this session's
     */
    public FormFields check(HttpRequest<?> request, String body) {
        FormFields form = FormFields.parse(body);
        String expected;
        if (SIGN_IN_PATH.equals(request.getPath())) {
            expected = cookies.read(request, SessionCookies.SIGN_IN).orElse(null);
        } else {
            expected = DashboardRequests.session(request).map(WebSession::formToken).orElseThrow(SignInRequired::new);
        }
        Optional<String> given = form.first(FIELD);
        if (given.isEmpty() || !RandomTokens.same(expected, given.get())) {
            throw new PageRefusal(io.micronaut.http.HttpStatus.FORBIDDEN, "This form cannot be accepted",
                    "The form did not carry this sign-in's security token: it may have come from another site, or from a page "
                            + "opened before you last signed in. Nothing was changed. Go back, reload the page and try again.");
        }
        return form;
    }
}
