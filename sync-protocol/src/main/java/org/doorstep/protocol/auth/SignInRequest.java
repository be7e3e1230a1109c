package org.doorstep.protocol.auth;

/**
 * {@code POST /api/auth/v1/sign-in}: a person signs in on a device. The first sign-in on a device
 * registers it; later ones on the same device id reuse the registration (unless it was revoked).
 *
 * @param username   the person's username
 * @param password   their password
 * @param deviceId   a stable id the app generated on first run (a UUID), or a browser session's id
 * @param deviceName what the person calls the device ("Sam's work phone"), shown to administrators
 */
public record SignInRequest(String username, String password, String deviceId, String deviceName) {
    @Override
    public String toString() {
        return "SignInRequest[username=" + username + ", password=<hidden>, deviceId=" + deviceId + "]";
    }
}
