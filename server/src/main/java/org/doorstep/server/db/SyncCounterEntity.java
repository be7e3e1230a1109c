package org.doorstep.server.db;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** The single row of {@code sync_counter}; see {@link ChangeSequence}. */
@MappedEntity("sync_counter")
public record SyncCounterEntity(@Id Integer id, long value) {
}
