package org.doorstep.server.hostile;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Access tokens made by hand: expired, signed with another key, unsigned ({@code alg: none}), tampered
 * after signing, and validly signed ones for a person or device the server does not know. The validly
 * signed ones use the development secret (the test server runs on it): they stand for a leaked secret,
 * which the database checks behind the signature must still contain.
 */
final class CraftedTokens {
    static final String DEVELOPMENT_SECRET = "doorstep-development-only-secret-do-not-use-in-production";
    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    private CraftedTokens() {
    }

    static String expired(String userId, String deviceId) {
        long now = Instant.now().getEpochSecond();
        return sign(DEVELOPMENT_SECRET, HS256, claims(userId, deviceId, now - 7200, now - 3600));
    }

    static String otherKey(String userId, String deviceId) {
        long now = Instant.now().getEpochSecond();
        return sign("an-attacker's-own-secret-of-more-than-32-characters", HS256, claims(userId, deviceId, now, now + 900));
    }

    static String unsigned(String userId, String deviceId) {
        long now = Instant.now().getEpochSecond();
        return encode("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + encode(claims(userId, deviceId, now, now + 900)) + ".";
    }

    /** A real token whose roles were changed to administrator after it was signed. */
    static String tampered(String realToken) {
        String[] parts = realToken.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replaceAll("\"roles\":\\[[^]]*]", "\"roles\":[\"administrator\"]");
        return parts[0] + "." + encode(payload) + "." + parts[2];
    }

    /** Validly signed (the development secret) for whoever and whichever device. */
    static String validlySigned(String userId, String deviceId, List<String> roles) {
        long now = Instant.now().getEpochSecond();
        String claims = "{\"sub\":\"" + userId + "\",\"iat\":" + now + ",\"exp\":" + (now + 900) + ",\"roles\":["
                + String.join(",", roles.stream().map(role -> "\"" + role + "\"").toList()) + "],\"username\":\"x\",\"dev\":\""
                + deviceId + "\",\"jti\":\"" + now + "\"}";
        return sign(DEVELOPMENT_SECRET, HS256, claims);
    }

    private static final String HS256 = "{\"alg\":\"HS256\",\"typ\":\"JWT\"}";

    private static String claims(String userId, String deviceId, long issued, long expires) {
        return "{\"sub\":\"" + userId + "\",\"iat\":" + issued + ",\"exp\":" + expires
                + ",\"roles\":[\"social_worker\"],\"username\":\"sam.worker\",\"dev\":\"" + deviceId + "\",\"jti\":\"j" + issued + "\"}";
    }

    private static String sign(String secret, String header, String claims) {
        String signingInput = encode(header) + "." + encode(claims);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return signingInput + "." + URL.encodeToString(mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String json) {
        return URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
