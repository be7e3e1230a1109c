package org.doorstep.protocol.pull;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** One server change a device applies. Applying the same change twice is harmless (upsert by id and version). */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = ChildChange.class, name = ChildChange.TYPE),
        @JsonSubTypes.Type(value = VisitChange.class, name = VisitChange.TYPE),
        @JsonSubTypes.Type(value = MissingEpisodeChange.class, name = MissingEpisodeChange.TYPE),
        @JsonSubTypes.Type(value = ReturnInterviewChange.class, name = ReturnInterviewChange.TYPE),
        @JsonSubTypes.Type(value = ChildRemovedChange.class, name = ChildRemovedChange.TYPE),
        @JsonSubTypes.Type(value = PolicyChange.class, name = PolicyChange.TYPE)})
public sealed interface Change permits ChildChange, VisitChange, MissingEpisodeChange, ReturnInterviewChange,
        ChildRemovedChange, PolicyChange {
}
