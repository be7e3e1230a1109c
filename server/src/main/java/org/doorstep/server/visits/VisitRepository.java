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
     * Stores a version unless a row with the same (id, version) or operation id exists. The unique keys,
     * not application code, decide: two retries racing each other still store one row.
     *
     * @return 1 when stored, 0 when a row with either key was already there
     */
    @Query("""
            INSERT INTO visit (id, version, operation_id, child_id, device_id, occurred_at, occurred_offset, recorded_at,
                               recorded_offset, received_at, seen, seen_alone, not_alone_reason, notes, time_flags,
                               content_hash, latest, change_seq)
            VALUES (:id, :version, :operationId, :childId, :deviceId, :occurredAt, :occurredOffset, :recordedAt,
                    :recordedOffset, :receivedAt, :seen, :seenAlone, :notAloneReason, :notes, :timeFlags,
                    :contentHash, :latest, :changeSeq)
            ON CONFLICT DO NOTHING""")
    int insertIfAbsent(String id, int version, String operationId, String childId, String deviceId, String occurredAt,
                       String occurredOffset, String recordedAt, String recordedOffset, String receivedAt,
                       boolean seen, @Nullable Boolean seenAlone, @Nullable String notAloneReason,
                       @Nullable String notes, String timeFlags, String contentHash, boolean latest, long changeSeq);

    /** Marks an older version as superseded once its successor is stored. */
    @Query("UPDATE visit SET latest = FALSE WHERE id = :id AND version = :version")
    void supersede(String id, int version);

    @Query("SELECT * FROM visit WHERE id = :id AND latest = TRUE")
    Optional<VisitEntity> findLatest(String id);

    @Query("SELECT * FROM visit WHERE operation_id = :operationId")
    Optional<VisitEntity> findByOperation(String operationId);

    @Query("SELECT * FROM visit WHERE id = :id AND version = :version")
    Optional<VisitEntity> findVersion(String id, int version);

    @Query("SELECT * FROM visit WHERE child_id = :childId AND latest = TRUE ORDER BY occurred_at, id")
    List<VisitEntity> findLatestOfChild(String childId);

    @Query("SELECT * FROM visit WHERE child_id = :childId ORDER BY occurred_at, id, version")
    List<VisitEntity> findAllVersionsOfChild(String childId);

    @Query("SELECT * FROM visit WHERE change_seq > :after AND change_seq <= :upTo ORDER BY change_seq LIMIT :limit")
    List<VisitEntity> findChangedBetween(long after, long upTo, int limit);
}
