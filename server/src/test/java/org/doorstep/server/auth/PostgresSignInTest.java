package org.doorstep.server.auth;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

@MicronautTest(transactional = false)
class PostgresSignInTest extends SignInTest {
    @Override
    protected Database database() {
        return Database.POSTGRESQL;
    }
}
