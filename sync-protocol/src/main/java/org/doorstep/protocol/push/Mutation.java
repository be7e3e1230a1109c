package org.doorstep.protocol.push;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.UUID;

/**
 * One change a device asks the server to apply. Each carries a client operation id, stable across
 * retries, so that a push sent twice is applied once.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = RecordVisit.class, name = RecordVisit.TYPE),
        @JsonSubTypes.Type(value = AmendVisit.class, name = AmendVisit.TYPE),
        @JsonSubTypes.Type(value = RecordMissingEpisode.class, name = RecordMissingEpisode.TYPE),
        @JsonSubTypes.Type(value = UpdateMissingEpisode.class, name = UpdateMissingEpisode.TYPE),
        @JsonSubTypes.Type(value = RecordReturnInterview.class, name = RecordReturnInterview.TYPE),
        @JsonSubTypes.Type(value = UpdateReturnInterview.class, name = UpdateReturnInterview.TYPE)})
public sealed interface Mutation permits RecordVisit, AmendVisit, RecordMissingEpisode, UpdateMissingEpisode,
        RecordReturnInterview, UpdateReturnInterview {
    /** The client's id for this operation; the same on every retry. */
    UUID operationId();

    /** The id of the record this mutation creates or changes. */
    UUID entityId();
}
