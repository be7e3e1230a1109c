package org.doorstep.server.policy;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

@MicronautTest(transactional = false)
class PostgresPolicyTest extends PolicyTest {
    @Override
    protected Database database() {
        return Database.POSTGRESQL;
    }
}
