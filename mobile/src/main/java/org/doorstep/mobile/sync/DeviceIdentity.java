package org.doorstep.mobile.sync;

import java.io.IOException;
import java.net.InetAddress;
import java.util.Objects;

/**
 * This install as the server knows it.
 *
 * @param id   the stable id made on first start and kept in the device database (a UUID)
 * @param name what administrators see in the list of devices, e.g. {@code Doorstep app (sam on laptop-7)}
 */
public record DeviceIdentity(String id, String name) {
    /** The server keeps at most this many characters of a device name. */
    public static final int MAX_NAME_LENGTH = 100;

    public DeviceIdentity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        if (id.isBlank()) {
            throw new IllegalArgumentException("id must not be blank");
        }
        name = name.strip();
        if (name.length() > MAX_NAME_LENGTH) {
            name = name.substring(0, MAX_NAME_LENGTH);
        }
    }

    /** A name from the operating system's user and host, e.g. {@code Doorstep app (sam on laptop-7)}. */
    public static String defaultName() {
        String user = System.getProperty("user.name", "").strip();
        String host = firstNonBlank(System.getenv("HOSTNAME"), System.getenv("COMPUTERNAME"), hostName());
        String who = user.isEmpty() ? host : host.isEmpty() ? user : user + " on " + host;
        return who.isEmpty() ? "Doorstep app" : "Doorstep app (" + who + ")";
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return "";
    }
}
