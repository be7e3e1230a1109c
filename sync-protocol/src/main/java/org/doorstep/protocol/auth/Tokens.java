package org.doorstep.protocol.auth;

/**
 * The answer to a successful sign-in or refresh.
 *
 * @param accessToken      a short-lived JWT; send it as {@code Authorization: Bearer ...} on every request
 * @param expiresInSeconds how long the access token lives
 * @param refreshToken     opaque; the device keeps it (encrypted) to get the next access token; the server
 *                         holds only its hash
 * @param user             who signed in
 */
public record Tokens(String accessToken, long expiresInSeconds, String refreshToken, SignedInUser user) {
    @Override
    public String toString() {
        return "Tokens[user=" + user + ", expiresInSeconds=" + expiresInSeconds + "]";
    }
}
