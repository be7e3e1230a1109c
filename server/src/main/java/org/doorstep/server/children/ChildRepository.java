package org.doorstep.server.children;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.ANSI)
public interface ChildRepository extends CrudRepository<ChildEntity, String> {
    List<ChildEntity> listOrderByDisplayName();

    @Query("SELECT * FROM child WHERE id IN (:ids) ORDER BY display_name, id")
    List<ChildEntity> findAmongOrderByDisplayName(Collection<String> ids);

    @Query("SELECT id FROM child WHERE id IN (:ids)")
    List<String> findExistingIds(Collection<String> ids);

    @Query("SELECT * FROM child WHERE change_seq > :after AND change_seq <= :upTo ORDER BY change_seq LIMIT :limit")
    List<ChildEntity> findChangedBetween(long after, long upTo, int limit);

    @Query("SELECT * FROM child WHERE change_seq > :after AND change_seq <= :upTo AND id IN (:ids) ORDER BY change_seq LIMIT :limit")
    List<ChildEntity> findChangedBetweenAmong(long after, long upTo, Collection<String> ids, int limit);
}
