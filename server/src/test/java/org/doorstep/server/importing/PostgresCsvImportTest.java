package org.doorstep.server.importing;

import org.doorstep.server.testing.TestDatabase;

class PostgresCsvImportTest extends CsvImportTest {
    @Override
    protected TestDatabase database() {
        return TestDatabase.POSTGRESQL;
    }
}
