package org.doorstep.mobile.store;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/** The missing store contract on the encrypted SQLite file. */
class SqliteMissingStoreTest extends MissingStoreContract {
    @TempDir
    Path dataDir;
    private final List<LocalDatabase> opened = new ArrayList<>();

    @Override
    MissingStore newStore() {
        LocalDatabase database = LocalDatabase.open(dataDir.resolve("db-" + opened.size()), TestKeys.fixed());
        opened.add(database);
        return new SqliteMissingStore(database, Clock.systemUTC());
    }

    @AfterEach
    void close() {
        opened.forEach(LocalDatabase::close);
    }
}
