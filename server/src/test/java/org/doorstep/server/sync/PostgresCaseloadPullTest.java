package org.doorstep.server.sync;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

@MicronautTest(transactional = false)
class PostgresCaseloadPullTest extends CaseloadPullTest {
    @Override
    protected Database database() {
        return Database.POSTGRESQL;
    }
}
