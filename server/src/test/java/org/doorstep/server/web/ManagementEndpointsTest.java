package org.doorstep.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.doorstep.server.ServerTest;
import org.junit.jupiter.api.Test;

/**
 * Micronaut's management endpoints other than /health are not served: enabled, they are open to any signed-in
 * person (a social worker could read the configuration, change log levels or refresh the application), and
 * several answered 500. The token introspection endpoint is off too.
 */
@MicronautTest(transactional = false)
class ManagementEndpointsTest extends ServerTest {
    private static final List<String> REMOVED = List.of("/beans", "/routes", "/env", "/loggers", "/refresh", "/threaddump",
            "/flyway", "/info", "/caches", "/stop", "/token_info");

    @Inject
    Router router;

    @Test
    void noManagementEndpointButHealthIsRouted() {
        Set<String> routed = router.uriRoutes().map(route -> route.getUriMatchTemplate().toString()).collect(Collectors.toSet());
        for (String path : REMOVED) {
            assertEquals(Set.of(), routed.stream().filter(t -> t.equals(path) || t.startsWith(path + "/") || t.startsWith(path + "{"))
                    .collect(Collectors.toSet()), path);
        }
    }

    @Test
    void theyAnswerNotFoundEvenToAnAdministrator() {
        for (String path : REMOVED) {
            Reply get = asAdmin(HttpRequest.GET(path));
            Reply post = asAdmin(HttpRequest.POST(path, "{}").contentType(MediaType.APPLICATION_JSON_TYPE));
            assertEquals(404, get.status(), path);
            assertEquals("not_found", get.text("/code"), path);
            assertEquals(404, post.status(), path);
        }
    }

    @Test
    void healthStillAnswersWithoutSignIn() {
        Reply health = anonymous(HttpRequest.GET("/health"));
        assertEquals(200, health.status());
        assertEquals("UP", health.text("/status"));
    }
}
