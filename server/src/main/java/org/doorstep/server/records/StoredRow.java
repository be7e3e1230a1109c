package org.doorstep.server.records;

import java.time.Instant;
import java.util.List;

/** One stored version of a record, with the bookkeeping columns the writer needs. */
public record StoredRow<R>(R record, String id, int version, String operationId, String childId, Instant receivedAt,
                           List<String> flags, String contentHash, boolean latest, long changeSeq) {
}
