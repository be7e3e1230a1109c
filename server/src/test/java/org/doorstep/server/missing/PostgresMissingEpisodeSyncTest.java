package org.doorstep.server.missing;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

@MicronautTest(transactional = false)
class PostgresMissingEpisodeSyncTest extends MissingEpisodeSyncTest {
    @Override
    protected Database database() {
        return Database.POSTGRESQL;
    }
}
