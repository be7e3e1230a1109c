package org.doorstep.protocol.auth;

import java.util.List;

/**
 * Who signed in.
 *
 * @param roles wire names of {@link Role}
 */
public record SignedInUser(String id, String username, String displayName, List<String> roles) {
    public SignedInUser {
        roles = List.copyOf(roles);
    }
}
