package org.doorstep.mobile.store;

import java.util.Arrays;

/** Data keys for tests. */
public final class TestKeys {
    private TestKeys() {
    }

    /** The same key at every call (a new object: destroying one leaves the others usable). */
    public static DataKey fixed() {
        byte[] bytes = new byte[DataKey.BYTES];
        Arrays.fill(bytes, (byte) 7);
        return DataKey.of(bytes);
    }
}
