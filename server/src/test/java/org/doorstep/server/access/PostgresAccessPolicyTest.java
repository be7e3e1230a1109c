package org.doorstep.server.access;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

@MicronautTest(transactional = false)
class PostgresAccessPolicyTest extends AccessPolicyTest {
    @Override
    protected Database database() {
        return Database.POSTGRESQL;
    }
}
