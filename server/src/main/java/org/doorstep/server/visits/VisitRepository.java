package org.doorstep.server.visits;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.ANSI)
public interface VisitRepository extends GenericRepository<VisitEntity, String> {

    /**
     * Stores the visit unless a row with the same id or operation id exists. The unique keys, not
     * application code, decide: two retries racing each other still store one row.
     *
     * @return 1 when stored, 0 when a row with either key was already there
     */
    @Query("""
            INSERT INTO visit (id, operation_id, child_id, device_id, occurred_at, occurred_offset, recorded_at,
                               recorded_offset, received_at, seen, seen_alone, not_alone_reason, notes, content_hash)
            VALUES (:id, :operationId, :childId, :deviceId, :occurredAt, :occurredOffset, :recordedAt,
                    :recordedOffset, :receivedAt, :seen, :seenAlone, :notAloneReason, :notes, :contentHash)
            ON CONFLICT DO NOTHING""")
    int insertIfAbsent(String id, String operationId, String childId, String deviceId, String occurredAt,
                       String occurredOffset, String recordedAt, String recordedOffset, String receivedAt,
                       boolean seen, @Nullable Boolean seenAlone, @Nullable String notAloneReason,
                       @Nullable String notes, String contentHash);

    Optional<VisitEntity> findById(String id);

    Optional<VisitEntity> findByOperationId(String operationId);

    List<VisitEntity> findByChildIdOrderByOccurredAt(String childId);
}
