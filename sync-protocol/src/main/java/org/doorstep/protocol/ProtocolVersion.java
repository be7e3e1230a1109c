package org.doorstep.protocol;

/**
 * Versions of the sync protocol. Every request names the version it speaks; a server answers a
 * version below {@link #MINIMUM_SUPPORTED} with {@link ErrorCode#UNSUPPORTED_PROTOCOL_VERSION}.
 */
public final class ProtocolVersion {
    /** The version this build of the protocol module speaks. */
    public static final int CURRENT = 1;
    /** The oldest version a server built from this module still accepts. */
    public static final int MINIMUM_SUPPORTED = 1;

    private ProtocolVersion() {
    }

    public static boolean isSupported(int version) {
        return version >= MINIMUM_SUPPORTED && version <= CURRENT;
    }
}
