package org.doorstep.server.sync;

import java.util.List;
import org.doorstep.protocol.push.Mutation;
import org.doorstep.protocol.push.MutationResult;

/**
 * A push whose envelope is valid. Each entry is either a mutation to apply or, for a mutation that
 * could not even be read, its rejection: one unreadable mutation never blocks the others.
 */
record ParsedPush(int protocolVersion, String deviceId, List<Entry> entries) {

    sealed interface Entry permits Readable, Unreadable {
    }

    record Readable(Mutation mutation) implements Entry {
    }

    record Unreadable(MutationResult rejection) implements Entry {
    }
}
