package org.doorstep.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.doorstep.server.ServerTest;
import org.junit.jupiter.api.Test;

/** Refusals made by the framework itself carry the same coded body as the API's own. */
@MicronautTest(transactional = false)
class ErrorShapeTest extends ServerTest {

    @Test
    void anUnknownAddressIsNotFoundWithACode() {
        Reply reply = get("/api/nothing-here");

        assertEquals(404, reply.status());
        assertEquals("not_found", reply.text("/code"));
        assertEquals("Nothing is found at /api/nothing-here", reply.text("/message"));
    }

    @Test
    void aWrongMethodIsRefusedWithACode() {
        Reply reply = get("/api/sync/v1/push");

        assertEquals(405, reply.status());
        assertEquals("method_not_allowed", reply.text("/code"));
    }

    @Test
    void aBodyThatIsNotJsonIsRefusedWithACode() {
        Reply reply = exchange(HttpRequest.POST("/api/sync/v1/push", "hello").contentType(MediaType.TEXT_PLAIN_TYPE));

        assertEquals(415, reply.status());
        assertEquals("unsupported_media_type", reply.text("/code"));
    }

    @Test
    void anOverlongAddressIsRefusedWithAMessageThatSaysSo() {
        Reply reply = get("/api/children?q=" + "x".repeat(5000));

        assertEquals(413, reply.status());
        assertEquals("body_too_large", reply.text("/code"));
        assertEquals("The request is larger than the server accepts: a body over 16 MB, or an overlong address or header",
                reply.text("/message"));
    }
}
