package org.doorstep.protocol;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.Instant;
import java.util.List;
import org.doorstep.protocol.missing.StoredMissingEpisode;
import org.doorstep.protocol.missing.StoredReturnInterview;
import org.doorstep.protocol.visit.StoredVisit;

/**
 * One version of a device-authored record as the server holds it: a visit, a missing episode or a
 * return interview. On the wire the kind is told by the record's own field ({@code visit},
 * {@code episode} or {@code interview}), so no type property is added.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.DEDUCTION)
@JsonSubTypes({
        @JsonSubTypes.Type(StoredVisit.class),
        @JsonSubTypes.Type(StoredMissingEpisode.class),
        @JsonSubTypes.Type(StoredReturnInterview.class)})
public interface StoredRecord {
    /** 1 as first submitted, then one more for each update. */
    int version();

    /** Whether this is the record's current version (older ones are kept as history). */
    boolean latest();

    /** When the server received this version. */
    Instant receivedAt();

    /** What the server noticed about the device's times: {@link org.doorstep.protocol.visit.TimeFlag} wire names. */
    List<String> flags();

    /** The record's id. */
    java.util.UUID entityId();
}
