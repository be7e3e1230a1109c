package org.doorstep.server.records;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.doorstep.protocol.ApiError;
import org.doorstep.protocol.StoredRecord;
import org.doorstep.server.access.RecordArea;

/**
 * How one kind of versioned, device-authored record is checked and stored by {@link VersionedTable}
 * and {@link VersionedWriter}: its table, its validator, the columns derived from it for queries.
 *
 * @param <R> the protocol record
 */
public interface RecordKind<R> {
    /** The table holding every version (see the V2 migration for its common columns). */
    String table();

    /** Which write access the caller needs to the record's child. */
    RecordArea area();

    /** The record's field name in a mutation ({@code episode}), which prefixes error fields. */
    String field();

    Class<R> type();

    UUID id(R record);

    String childId(R record);

    /** The protocol's checks, as the device also runs them. */
    List<ApiError> validate(R record, Instant now);

    /** When the record says it happened (the latest time it carries), for the clock-skew flags. */
    Instant occurredAt(R record);

    /** When the device saved the record. */
    Instant recordedAt(R record);

    /** Columns derived from the record for queries, in order, with their values (text or null). */
    LinkedHashMap<String, String> queryColumns(R record);

    /** Checks against other stored records (e.g. an interview's episode); empty when they hold. */
    default Optional<ApiError> checkRelations(R record, Optional<R> latestStored) {
        return Optional.empty();
    }

    StoredRecord stored(R record, int version, boolean latest, Instant receivedAt, List<String> flags);
}
