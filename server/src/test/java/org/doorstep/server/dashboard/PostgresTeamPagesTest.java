package org.doorstep.server.dashboard;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

@MicronautTest(transactional = false)
class PostgresTeamPagesTest extends TeamPagesTest {
    @Override
    protected Database database() {
        return Database.POSTGRESQL;
    }
}
