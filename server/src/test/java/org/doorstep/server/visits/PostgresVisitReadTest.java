package org.doorstep.server.visits;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

@MicronautTest(transactional = false)
class PostgresVisitReadTest extends VisitReadTest {
    @Override
    protected Database database() {
        return Database.POSTGRESQL;
    }
}
