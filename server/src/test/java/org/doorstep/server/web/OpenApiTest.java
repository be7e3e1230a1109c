package org.doorstep.server.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.doorstep.server.ServerTest;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class OpenApiTest extends ServerTest {

    @Test
    void theApiDescriptionIsPublishedWithTheSyncEndpoints() {
        String yaml = http.toBlocking().retrieve(HttpRequest.GET("/openapi/doorstep-api.yml"));

        assertTrue(yaml.startsWith("openapi: 3"), yaml.substring(0, Math.min(80, yaml.length())));
        assertTrue(yaml.contains("/api/sync/v1/push:"));
        assertTrue(yaml.contains("/api/sync/v1/pull:"));
        assertTrue(yaml.contains("PushRequest"));
    }
}
