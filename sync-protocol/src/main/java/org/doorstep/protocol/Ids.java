package org.doorstep.protocol;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;
import java.util.UUID;

/**
 * New ids for records and operations: UUID version 7 (RFC 9562), the creation time in milliseconds
 * followed by random bits.
 *
 * <p>Ids made in time order land at the end of the database's indexes instead of at random places in
 * them. On the server's SQLite file that is the difference between about 25,000 and about 150,000 stored
 * visits a second on a small machine (see docs/BENCHMARKS.md). They are as unguessable as they need to be
 * (74 random bits) and reveal only when the record was made, which the record says anyway. The server
 * accepts any UUID: apps that still send random (version 4) ids are served, only more slowly.
 */
public final class Ids {
    private static final TimeBasedEpochGenerator GENERATOR = Generators.timeBasedEpochGenerator();

    private Ids() {
    }

    /** A new time-ordered id; thread-safe. */
    public static UUID newId() {
        return GENERATOR.generate();
    }
}
