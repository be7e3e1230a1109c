package org.doorstep.server.audit;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

@MicronautTest(transactional = false)
class PostgresAuditTest extends AuditTest {
    @Override
    protected Database database() {
        return Database.POSTGRESQL;
    }
}
