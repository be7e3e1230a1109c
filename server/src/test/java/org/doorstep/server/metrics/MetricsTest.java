package org.doorstep.server.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.doorstep.protocol.visit.Visit;
import org.doorstep.server.ServerTest;
import org.junit.jupiter.api.Test;

/** Sync metrics at /prometheus, behind the scrape token, with no personal data in them. */
@MicronautTest(transactional = false)
class MetricsTest extends ServerTest {
    private static final String TOKEN = "a-scrape-token-of-more-than-32-characters";

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("doorstep.metrics.token", TOKEN);
    }

    @Test
    void pushesAndPullsAreCountedByKindOutcomeAndCode() {
        Visit good = visit(UUID.randomUUID());
        Visit otherChild = new Visit(UUID.randomUUID(), "C-9999", good.occurredAt(), good.recordedAt(), true, true, null, "x");
        String body = pushBody(record(good), record(otherChild));
        assertEquals(200, post("/api/sync/v1/push", body).status());
        assertEquals(200, post("/api/sync/v1/push", body).status()); // a retry: duplicate, rejected again
        assertEquals(200, get("/api/sync/v1/pull?protocolVersion=1").status());

        String scrape = scrape("Bearer " + TOKEN);

        assertEquals(1.0, value(scrape, "doorstep_sync_mutations_total", "kind=\"record_visit\",outcome=\"applied\""));
        assertEquals(1.0, value(scrape, "doorstep_sync_mutations_total", "kind=\"record_visit\",outcome=\"duplicate\""));
        assertEquals(2.0, value(scrape, "doorstep_sync_mutations_total", "kind=\"record_visit\",outcome=\"rejected\""));
        assertEquals(2.0, value(scrape, "doorstep_sync_rejections_total", "code=\"child_not_in_scope\",kind=\"record_visit\""));
        assertEquals(1.0, value(scrape, "doorstep_sync_pull_lag_seconds_count", ""));
        assertTrue(value(scrape, "doorstep_sync_pull_changes_sum", "") >= 6, "the children and the visit were pulled");
        assertTrue(scrape.contains("http_server_requests_seconds_count{"), "request counts by route");
        assertTrue(scrape.contains("uri=\"/api/sync/v1/push\""));
    }

    @Test
    void theScrapeHoldsNoPersonalData() {
        assertEquals(200, post("/api/sync/v1/push", pushBody(record(visit(UUID.randomUUID())))).status());
        assertEquals(200, get("/api/children").status());
        String scrape = scrape("Bearer " + TOKEN);
        for (String personal : new String[] {"sam.worker", "U-SAM", "C-1001", DEVICE, "Bedroom seen"}) {
            assertFalse(scrape.contains(personal), personal);
        }
    }

    @Test
    void aScrapeWithoutTheTokenOrWithAnAccessTokenIsRefused() {
        assertEquals(401, scrapeStatus(null));
        assertEquals(401, scrapeStatus("Bearer not-the-token-but-as-long-as-it-should-be"));
        assertEquals(401, scrapeStatus("Bearer " + defaultToken()));
        assertEquals(401, scrapeStatus("Bearer " + adminToken()));
    }

    private String scrape(String authorization) {
        return http.toBlocking().retrieve(HttpRequest.GET("/prometheus").header("Authorization", authorization), String.class);
    }

    private int scrapeStatus(String authorization) {
        HttpRequest<?> request = authorization == null ? HttpRequest.GET("/prometheus")
                : HttpRequest.GET("/prometheus").header("Authorization", authorization);
        try {
            return http.toBlocking().exchange(request, Argument.STRING, Argument.STRING).code();
        } catch (HttpClientResponseException e) {
            assertTrue(e.getResponse().getBody(String.class).orElse("").contains("\"code\":\"unauthenticated\""));
            return e.code();
        }
    }

    private static double value(String scrape, String name, String labels) {
        Pattern line = Pattern.compile("^" + Pattern.quote(name) + "(\\{([^}]*)})? ([0-9.eE+-]+)$", Pattern.MULTILINE);
        Matcher matcher = line.matcher(scrape);
        while (matcher.find()) {
            String found = matcher.group(2) == null ? "" : matcher.group(2);
            if (found.contains(labels)) {
                return Double.parseDouble(matcher.group(3));
            }
        }
        throw new AssertionError("No " + name + "{" + labels + "} in the scrape:\n" + scrape.lines()
                .filter(l -> l.startsWith(name)).reduce("", (a, b) -> a + b + "\n"));
    }

}
