package org.doorstep.server.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.Map;
import org.doorstep.server.ServerTest;
import org.junit.jupiter.api.Test;

/** An access token stops working when its lifetime is over (here three seconds, instead of 15 minutes). */
@MicronautTest(transactional = false)
class TokenExpiryTest extends ServerTest {
    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("doorstep.auth.access-token-lifetime", "3s");
    }

    @Test
    void anExpiredAccessTokenIsRefusedAndARefreshGivesAWorkingOne() throws Exception {
        Reply signedIn = signInReply("sam.worker", DEMO_PASSWORD, "device-x");
        String token = signedIn.text("/accessToken");
        assertEquals(3, signedIn.body().at("/expiresInSeconds").asLong());
        assertEquals(200, as(token, HttpRequest.GET("/api/children")).status());

        Thread.sleep(4_500);

        Reply expired = as(token, HttpRequest.GET("/api/children"));
        assertEquals(401, expired.status());
        assertEquals("unauthenticated", expired.text("/code"));
        Reply refreshed = anonymous(HttpRequest.POST("/api/auth/v1/refresh",
                "{\"deviceId\":\"device-x\",\"refreshToken\":\"" + signedIn.text("/refreshToken") + "\"}")
                .contentType(io.micronaut.http.MediaType.APPLICATION_JSON_TYPE));
        assertEquals(200, as(refreshed.text("/accessToken"), HttpRequest.GET("/api/children")).status());
    }
}
