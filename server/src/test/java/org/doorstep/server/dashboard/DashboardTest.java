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

    protected Browser signedIn(String username) {
        Browser browser = browser();
        browser.signIn(username, DEMO_PASSWORD);
        return browser;
    }
}
