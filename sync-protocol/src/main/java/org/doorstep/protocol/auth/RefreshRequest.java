package org.doorstep.protocol.auth;

/**
 * {@code POST /api/auth/v1/refresh}: exchange the device's refresh token for a new access token and a new
 * refresh token (the old one stops working: tokens rotate).
 */
public record RefreshRequest(String deviceId, String refreshToken) {
    @Override
    public String toString() {
        return "RefreshRequest[deviceId=" + deviceId + ", refreshToken=<hidden>]";
    }
}
