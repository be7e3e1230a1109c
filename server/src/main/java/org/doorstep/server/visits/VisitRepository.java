package org.doorstep.server.visits;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.ANSI)
/** Reads of stored visit versions; inserts go through {@link VisitInserts} in batches. */
public interface VisitRepository extends GenericRepository<VisitEntity, String> {

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

    @Query("SELECT * FROM visit WHERE change_seq > :after AND change_seq <= :upTo AND child_id IN (:childIds) ORDER BY change_seq LIMIT :limit")
    List<VisitEntity> findChangedBetweenAmong(long after, long upTo, Collection<String> childIds, int limit);

    /** Every version of the child's visits numbered at or below {@code upTo}, in change order. */
    @Query("SELECT * FROM visit WHERE child_id = :childId AND change_seq <= :upTo ORDER BY change_seq")
    List<VisitEntity> findOfChildUpTo(String childId, long upTo);
}
