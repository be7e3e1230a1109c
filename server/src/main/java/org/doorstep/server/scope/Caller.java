package org.doorstep.server.scope;

/**
 * Who is calling the sync API. Until sign-in exists this is only the device's self-declared id; the
 * people-and-access work replaces it with the signed-in user and their registered device.
 */
public record Caller(String deviceId) {
}
