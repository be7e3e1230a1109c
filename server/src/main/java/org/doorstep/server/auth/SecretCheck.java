package org.doorstep.server.auth;

import io.micronaut.context.annotation.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refuses to start a production server whose token secret is the shipped default or too short: anyone
 * who read this code could otherwise sign tokens for any user. Warns loudly in development.
 */
@Context
class SecretCheck {
    static final int MIN_SECRET_LENGTH = 32;
    private static final Logger LOG = LoggerFactory.getLogger(SecretCheck.class);

    SecretCheck(AuthSettings settings) {
        String secret = settings.jwtSecret();
        boolean weak = secret == null || secret.length() < MIN_SECRET_LENGTH || AuthSettings.DEVELOPMENT_SECRET.equals(secret);
        if (weak && settings.production()) {
            throw new IllegalStateException("REFUSING TO START: doorstep.mode is production but the token secret "
                    + "(doorstep.auth.jwt-secret, environment DOORSTEP_JWT_SECRET) is the development default or shorter "
                    + "than " + MIN_SECRET_LENGTH + " characters. Set DOORSTEP_JWT_SECRET to a long random value, "
                    + "e.g. the output of: openssl rand -base64 48");
        }
        if (weak) {
            LOG.warn("*** The token secret is the development default: anyone can sign tokens for this server. "
                    + "Never run it like this with real records (set DOORSTEP_JWT_SECRET and DOORSTEP_MODE=production). ***");
        }
    }
}
