package org.doorstep.protocol.visit;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import com.fasterxml.jackson.annotation.JsonIgnore;
import org.doorstep.protocol.StoredRecord;

/**
 * One version of a visit as the server holds it.
 *
 * @param visit      the device's record
 * @param version    1 for the visit as first submitted, then one more for each correction
 * @param latest     whether this is the visit's current version (older ones are kept as history)
 * @param receivedAt when the server received this version
 * @param flags      what the server noticed about the device's times: {@link TimeFlag} wire names
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record StoredVisit(Visit visit, int version, boolean latest, Instant receivedAt, List<String> flags) implements StoredRecord {
    public StoredVisit {
        flags = flags == null ? List.of() : List.copyOf(flags);
    }

    @Override
    @JsonIgnore
    public UUID entityId() {
        return visit.id();
    }
}
