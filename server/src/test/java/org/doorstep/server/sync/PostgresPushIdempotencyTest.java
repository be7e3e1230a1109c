package org.doorstep.server.sync;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

/** The idempotency suite again, on PostgreSQL: the unique keys must hold there too. */
@MicronautTest(transactional = false)
class PostgresPushIdempotencyTest extends PushIdempotencyTest {
    @Override
    protected Database database() {
        return Database.POSTGRESQL;
    }
}
