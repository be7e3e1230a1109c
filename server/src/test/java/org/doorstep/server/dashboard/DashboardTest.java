package org.doorstep.server.dashboard;

import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Map;
import org.doorstep.server.ServerTest;

/**
 * Base of the dashboard's HTTP tests: the demo team T-NORTH with its dashboard story (an overdue child, one
 * due soon, a not-seen-alone visit waiting for review, a return interview due within a day), the background
 * snapshot refresh off so that only the pages refresh it.
 */
public abstract class DashboardTest extends ServerTest {
    @Inject
    protected EmbeddedServer server;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("doorstep.demo.dashboard-story", "true", "doorstep.dashboard.snapshot.background", "false");
    }

    protected Browser browser() {
        return new Browser(URI.create(server.getURL().toString()));
    }

    /** A person who can sign in with the demo password, in {@code teamId} (created once; later calls reuse them). */
    protected void person(String username, String teamId, org.doorstep.protocol.auth.Role... roles) {
        org.doorstep.server.testing.People people = new org.doorstep.server.testing.People(dataSource);
        if (teamId != null) {
            people.team(teamId, teamId + " team", "South");
        }
        people.user(username, teamId, null, org.doorstep.server.scope.Caller.Channel.WEB, roles);
        people.update("UPDATE app_user SET password_hash = (SELECT password_hash FROM app_user WHERE username = 'maria.manager')"
                + " WHERE username = ?", username);
    }

    protected String query(String sql, String... values) {
        return new org.doorstep.server.testing.People(dataSource).query(sql, values);
    }

    protected void update(String sql, String... values) {
        new org.doorstep.server.testing.People(dataSource).update(sql, values);
    }

    protected Browser signedIn(String username) {
        Browser browser = browser();
        browser.signIn(username, DEMO_PASSWORD);
        return browser;
    }
}
