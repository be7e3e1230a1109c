package org.doorstep.server.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.doorstep.server.ServerTest;
import org.junit.jupiter.api.Test;

/** Without a scrape token the metrics are not served at all, whoever asks. */
@MicronautTest(transactional = false)
class MetricsOffTest extends ServerTest {
    @Test
    void withoutATokenTheMetricsAreOff() {
        Reply reply = asAdmin(HttpRequest.GET("/prometheus"));
        assertEquals(404, reply.status());
        assertEquals("not_found", reply.text("/code"));
        assertEquals("Metrics are off: set DOORSTEP_METRICS_TOKEN (32 characters or more) to serve them", reply.text("/message"));
    }
}
