package org.doorstep.server.access;

import java.util.Set;
import org.doorstep.server.scope.Caller;

/**
 * The API caller until the sign-in work binds the real one to each request: the same unrestricted stand-in
 * as {@link Caller#beforeSignIn}, on the API channel. Deleted with the sign-in merge.
 */
public final class BeforeSignIn {
    private BeforeSignIn() {
    }

    public static Caller api() {
        Caller device = Caller.beforeSignIn("api");
        return new Caller(device.userId(), device.username(), Set.of(), device.deviceId(), Caller.Channel.API);
    }
}
