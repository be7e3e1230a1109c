package org.doorstep.server.auth;

import io.micronaut.context.annotation.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refuses to start a production server whose token secret or device-key secret is the shipped default or
 * too short: anyone who read this code could otherwise sign tokens for any user, or compute the key that
 * unlocks a lost phone's records. Warns loudly in development.
 */
@Context
class SecretCheck {
    static final int MIN_SECRET_LENGTH = 32;
    private static final Logger LOG = LoggerFactory.getLogger(SecretCheck.class);

    SecretCheck(AuthSettings settings) {
        boolean weak = weak(settings.jwtSecret(), AuthSettings.DEVELOPMENT_SECRET);
        if (weak && settings.production()) {
            throw new IllegalStateException("REFUSING TO START: doorstep.mode is production but the token secret "
                    + "(doorstep.auth.jwt-secret, environment DOORSTEP_JWT_SECRET) is the development default or shorter "
                    + "than " + MIN_SECRET_LENGTH + " characters. Set DOORSTEP_JWT_SECRET to a long random value, "
                    + "e.g. the output of: openssl rand -base64 48");
        }
        boolean weakDeviceKeys = weak(settings.deviceKeySecret(), AuthSettings.DEVELOPMENT_DEVICE_KEY_SECRET);
        if (weakDeviceKeys && settings.production()) {
            throw new IllegalStateException("REFUSING TO START: doorstep.mode is production but the device-key secret "
                    + "(doorstep.auth.device-key-secret, environment DOORSTEP_DEVICE_KEY_SECRET) is the development "
                    + "default or shorter than " + MIN_SECRET_LENGTH + " characters. Set DOORSTEP_DEVICE_KEY_SECRET to a "
                    + "long random value, not the token secret, e.g. the output of: openssl rand -base64 48");
        }
        if (weak) {
            LOG.warn("*** The token secret is the development default: anyone can sign tokens for this server. "
                    + "Never run it like this with real records (set DOORSTEP_JWT_SECRET and DOORSTEP_MODE=production). ***");
        }
        if (weakDeviceKeys) {
            LOG.warn("*** The device-key secret is the development default: anyone can compute the key that unlocks "
                    + "a device's records. Set DOORSTEP_DEVICE_KEY_SECRET before real use. ***");
        }
    }

    private static boolean weak(String secret, String developmentDefault) {
        return secret == null || secret.length() < MIN_SECRET_LENGTH || developmentDefault.equals(secret);
    }
}
