package org.doorstep.server.access;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

@MicronautTest(transactional = false)
class PostgresAuthorisationMatrixTest extends AuthorisationMatrixTest {
    @Override
    protected Database database() {
        return Database.POSTGRESQL;
    }
}
