package org.doorstep.server.sync;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

/** On PostgreSQL, transactions really can commit out of order: the case the cursor design is for. */
@MicronautTest(transactional = false)
class PostgresCursorUnderConcurrencyTest extends CursorUnderConcurrencyTest {
    @Override
    protected Database database() {
        return Database.POSTGRESQL;
    }
}
