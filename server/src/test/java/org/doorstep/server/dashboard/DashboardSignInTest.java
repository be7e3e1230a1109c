package org.doorstep.server.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Map;
import org.doorstep.server.ServerTest;
import org.doorstep.server.testing.People;
import org.junit.jupiter.api.Test;

/** Signing in to the dashboard and out again, the session cookie, CSRF on every form, ended sessions. */
@MicronautTest(transactional = false)
class DashboardSignInTest extends ServerTest {
    @Inject
    EmbeddedServer server;

    Browser browser() {
        return new Browser(URI.create(server.getURL().toString()));
    }

    @Test
    void signInSetsAStrictHttpOnlySessionCookieAndGoesToTheTeamPage() {
        Browser browser = browser();
        Browser.Page page = browser.signIn("maria.manager", DEMO_PASSWORD);
        assertEquals("/dashboard", page.location());
        String cookie = page.setCookies().stream().filter(c -> c.startsWith("doorstep_session=")).findFirst().orElseThrow();
        assertTrue(cookie.toLowerCase(java.util.Locale.ROOT).contains("httponly"), cookie);
        assertTrue(cookie.contains("SameSite=Strict"), cookie);
        assertTrue(cookie.contains("Path=/dashboard"), cookie);
        assertFalse(cookie.contains("Secure"), "plain HTTP: no Secure flag " + cookie);
        Browser.Page home = browser.get("/dashboard");
        assertEquals(303, home.status());
        assertEquals("/dashboard/team", home.location());
    }

    @Test
    void theCookieIsSecureWhenAProxySaysTheRequestCameOverHttps() throws Exception {
        Browser browser = browser();
        Browser.Page form = browser.get("/dashboard/sign-in");
        java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(URI.create(server.getURL() + "/dashboard/sign-in"))
                        .header("Content-Type", "application/x-www-form-urlencoded").header("X-Forwarded-Proto", "https")
                        .header("Cookie", "doorstep_sign_in=" + browser.cookie("doorstep_sign_in").orElseThrow())
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("_csrf=" + form.formToken()
                                + "&username=maria.manager&password=" + DEMO_PASSWORD)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(303, response.statusCode());
        String cookie = response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("doorstep_session="))
                .findFirst().orElseThrow();
        assertTrue(cookie.contains("Secure"), cookie);
    }

    @Test
    void aWrongPasswordShowsTheFormAgainWithAClearMessageAndNoSession() {
        Browser browser = browser();
        Browser.Page form = browser.get("/dashboard/sign-in");
        Browser.Page page = browser.post("/dashboard/sign-in", Map.of("_csrf", form.formToken(), "username", "maria.manager",
                "password", "not-the-password"));
        assertEquals(401, page.status());
        assertTrue(page.body().contains("The username or password is not right"), page.body());
        assertTrue(page.body().contains("value=\"maria.manager\""), "the username stays in the form");
        assertTrue(browser.cookie("doorstep_session").isEmpty());
    }

    @Test
    void fiveWrongPasswordsLockTheAccountJustAsOnTheApp() {
        new People(dataSource).user("locked.manager", "T-NORTH", null, org.doorstep.server.scope.Caller.Channel.WEB,
                org.doorstep.protocol.auth.Role.TEAM_MANAGER);
        new People(dataSource).update("UPDATE app_user SET password_hash = (SELECT password_hash FROM app_user WHERE username = ?)"
                + " WHERE username = ?", "maria.manager", "locked.manager");
        Browser browser = browser();
        Browser.Page page = null;
        for (int i = 0; i < 5; i++) {
            Browser.Page form = browser.get("/dashboard/sign-in");
            page = browser.post("/dashboard/sign-in", Map.of("_csrf", form.formToken(), "username", "locked.manager",
                    "password", "wrong-" + i));
        }
        assertEquals(429, page.status());
        assertTrue(page.body().contains("locked until"), page.body());
        Browser.Page form = browser.get("/dashboard/sign-in");
        Browser.Page right = browser.post("/dashboard/sign-in", Map.of("_csrf", form.formToken(), "username", "locked.manager",
                "password", DEMO_PASSWORD));
        assertEquals(429, right.status(), "the right password does not open a locked account");
    }

    @Test
    void aSignInFormWithoutItsTokenIsRefusedAndNothingHappens() {
        Browser browser = browser();
        browser.get("/dashboard/sign-in");
        Browser.Page page = browser.post("/dashboard/sign-in", Map.of("_csrf", "forged", "username", "maria.manager",
                "password", DEMO_PASSWORD));
        assertEquals(403, page.status());
        assertTrue(page.body().contains("security token"), page.body());
        assertTrue(browser.cookie("doorstep_session").isEmpty());
    }

    @Test
    void signOutNeedsTheSessionsFormTokenAndEndsTheSessionAtOnce() {
        Browser browser = browser();
        browser.signIn("maria.manager", DEMO_PASSWORD);
        String session = browser.cookie("doorstep_session").orElseThrow();
        Browser.Page forged = browser.post("/dashboard/sign-out", Map.of("_csrf", "forged"));
        assertEquals(403, forged.status());
        Browser.Page team = browser.get("/dashboard/team");
        String token = team.formToken();
        Browser.Page out = browser.post("/dashboard/sign-out", Map.of("_csrf", token));
        assertEquals(303, out.status());
        assertEquals("/dashboard/sign-in?signed-out=1", out.location());
        // The old cookie, replayed, no longer opens anything: the sign-in page says the session ended.
        browser.setCookie("doorstep_session", session);
        Browser.Page again = browser.get("/dashboard/team");
        assertEquals(303, again.status());
        assertEquals("/dashboard/sign-in?ended=1&next=%2Fdashboard%2Fteam", again.location());
        Browser.Page signIn = browser.get(again.location());
        assertTrue(signIn.body().contains("Your session has ended"), signIn.body());
    }

    @Test
    void anIdleSessionEndsAndTheBrowserIsSentToSignInWithAMessage() {
        Browser browser = browser();
        browser.signIn("maria.manager", DEMO_PASSWORD);
        new People(dataSource).update("UPDATE web_session SET last_seen_at = '2020-01-01T00:00:00.000000000Z'");
        Browser.Page page = browser.get("/dashboard/team/reviews");
        assertEquals(303, page.status());
        assertTrue(page.location().startsWith("/dashboard/sign-in?ended=1"), page.location());
    }

    @Test
    void aPageWithoutAnySessionGoesToSignInAndComesBackAfterwards() {
        Browser browser = browser();
        Browser.Page page = browser.get("/dashboard/team?status=overdue");
        assertEquals(303, page.status());
        assertEquals("/dashboard/sign-in?next=%2Fdashboard%2Fteam%3Fstatus%3Doverdue", page.location());
        Browser.Page form = browser.get(page.location());
        assertTrue(form.body().contains("value=\"/dashboard/team?status=overdue\""), form.body());
        Browser.Page after = browser.post("/dashboard/sign-in", Map.of("_csrf", form.formToken(), "username", "maria.manager",
                "password", DEMO_PASSWORD, "next", "/dashboard/team?status=overdue"));
        assertEquals("/dashboard/team?status=overdue", after.location());
    }

    @Inject
    io.micronaut.web.router.Router router;

    @Test
    void everyDashboardFormRefusesAPostWithoutTheSessionsToken() {
        java.util.List<String> posts = router.uriRoutes()
                .filter(r -> r.getHttpMethod() == io.micronaut.http.HttpMethod.POST)
                .map(r -> r.getUriMatchTemplate().toString())
                .filter(t -> t.startsWith("/dashboard")).distinct().sorted().toList();
        assertEquals(java.util.List.of("/dashboard/reviews", "/dashboard/sign-in", "/dashboard/sign-out"), posts,
                "a new dashboard POST route must be added here, and must refuse a missing form token");
        Browser browser = browser();
        browser.signIn("maria.manager", DEMO_PASSWORD);
        for (String path : posts) {
            Browser.Page page = browser.post(path, Map.of("visit", "x", "version", "1", "decision", "agreed"));
            assertEquals(403, page.status(), path);
            assertTrue(page.body().contains("security token"), path);
        }
        assertEquals(200, browser.get("/dashboard/team").status(), "the session is still live: nothing was done");
    }

    @Test
    void signInNeverRedirectsToAnotherSite() {
        Browser browser = browser();
        Browser.Page form = browser.get("/dashboard/sign-in");
        Browser.Page after = browser.post("/dashboard/sign-in", Map.of("_csrf", form.formToken(), "username", "maria.manager",
                "password", DEMO_PASSWORD, "next", "//evil.example/dashboard"));
        assertEquals("/dashboard", after.location());
    }

    @Test
    void aProgramWithoutASessionGetsTheApisJsonRefusalNotTheSignInPage() throws Exception {
        java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(URI.create(server.getURL() + "/dashboard/team/children.csv"))
                        .header("Accept", "text/csv").build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(401, response.statusCode());
        assertTrue(response.body().contains("\"code\":\"unauthenticated\""), response.body());
    }

    @Test
    void theSessionCookieDoesNotAuthenticateTheApi() {
        Browser browser = browser();
        browser.signIn("maria.manager", DEMO_PASSWORD);
        Browser.Page api = browser.get("/api/children");
        assertEquals(401, api.status());
    }

    @Test
    void pagesCarryNoStoreAndAContentSecurityPolicy() {
        Browser browser = browser();
        Browser.Page page = browser.get("/dashboard/sign-in");
        assertEquals("no-store", page.header("Cache-Control").orElseThrow());
        assertTrue(page.header("Content-Security-Policy").orElseThrow().contains("script-src 'self'"));
        assertTrue(page.body().contains("<label for=\"username\">Username</label>"));
        assertTrue(page.body().contains("class=\"skip-link\" href=\"#main\""));
    }
}
