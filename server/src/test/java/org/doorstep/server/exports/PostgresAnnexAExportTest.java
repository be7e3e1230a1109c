package org.doorstep.server.exports;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

@MicronautTest(transactional = false)
class PostgresAnnexAExportTest extends AnnexAExportTest {
    @Override
    protected Database database() {
        return Database.POSTGRESQL;
    }
}
