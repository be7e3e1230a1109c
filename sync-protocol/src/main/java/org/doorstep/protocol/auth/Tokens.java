package org.doorstep.protocol.auth;

/**
 * The answer to a successful sign-in or refresh.
 *
 * @param accessToken      a short-lived JWT; send it as {@code Authorization: Bearer ...} on every request
 * @param expiresInSeconds how long the access token lives
 * @param refreshToken     opaque; the device keeps it (encrypted) to get the next access token, and must
 *                         replace its copy with this one (tokens rotate: the old one stops working). The
 *                         server holds only its hash. {@code null} when {@code deviceRevoked}: keep the old one.
 * @param user             who signed in
 * @param deviceRevoked    an administrator revoked this device: the access token may only push. The device
 *                         pushes what it still holds, then wipes its local copy. Pull and reads answer 403
 *                         {@code device_revoked}.
 * @param deviceKey        only in the answer to a sign-in with a password: this device's recovery key, 256
 *                         bits in base64url without padding, the same at every sign-in on the same device id.
 *                         The app wraps its database key with it (and never stores it in clear), so that after
 *                         too many wrong PINs a sign-in with the password unlocks the device's records again.
 *                         {@code null} in the answer to a refresh.
 */
public record Tokens(String accessToken, long expiresInSeconds, String refreshToken, SignedInUser user,
                     boolean deviceRevoked, String deviceKey) {
    /** An answer without a device key (a refresh). */
    public Tokens(String accessToken, long expiresInSeconds, String refreshToken, SignedInUser user,
                  boolean deviceRevoked) {
        this(accessToken, expiresInSeconds, refreshToken, user, deviceRevoked, null);
    }

    @Override
    public String toString() {
        return "Tokens[user=" + user + ", expiresInSeconds=" + expiresInSeconds + ", deviceRevoked=" + deviceRevoked
                + ", deviceKey=" + (deviceKey == null ? "none" : "<hidden>") + "]";
    }
}
