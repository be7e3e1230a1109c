package org.doorstep.protocol.missing;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.doorstep.protocol.StoredRecord;

/** One version of a return interview as the server holds it. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record StoredReturnInterview(ReturnInterview interview, int version, boolean latest, Instant receivedAt,
                                    List<String> flags) implements StoredRecord {
    public StoredReturnInterview {
        flags = flags == null ? List.of() : List.copyOf(flags);
    }

    @Override
    @JsonIgnore
    public UUID entityId() {
        return interview.id();
    }
}
