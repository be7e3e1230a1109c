package org.doorstep.server.auth;

import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Each device's recovery key: HMAC-SHA256 of the device id under the server's device-key secret
 * ({@code doorstep.auth.device-key-secret}). Nothing is stored: the same device id always gives the same
 * key, and only a sign-in with the right password (on a device that is not revoked) is answered with it.
 * The app wraps its database key with it, so that a person who forgot their PIN, or typed it wrong too
 * often, gets their unsent records back by signing in. Changing the secret makes every device's recovery
 * wrapping useless until its next sign-in (the PINs keep working).
 */
@Singleton
public class DeviceKeys {
    private static final String ALGORITHM = "HmacSHA256";
    private static final String CONTEXT = "doorstep device recovery key v1\n";
    private final SecretKeySpec secret;

    DeviceKeys(AuthSettings settings) {
        this.secret = new SecretKeySpec(settings.deviceKeySecret().getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    /** The key for {@code deviceId}, base64url without padding (43 characters). */
    public String forDevice(String deviceId) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(secret);
            byte[] key = mac.doFinal((CONTEXT + deviceId).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(key);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available in this JVM", e);
        }
    }
}
