package org.doorstep.mobile.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The draft store contract on the encrypted file, and what only a file does: survive the app closing. */
class SqliteDraftStoreTest extends DraftStoreContract {
    @TempDir
    Path dataDir;
    private final List<LocalDatabase> opened = new ArrayList<>();

    @Override
    DraftStore newStore() {
        LocalDatabase database = LocalDatabase.open(dataDir.resolve("db-" + opened.size()), TestKeys.fixed());
        opened.add(database);
        return new SqliteDraftStore(database, Clock.systemUTC());
    }

    @AfterEach
    void close() {
        opened.forEach(LocalDatabase::close);
    }

    @Test
    void aDraftSurvivesTheDatabaseBeingClosedAndOpenedAgain() {
        Path dir = dataDir.resolve("reopened");
        try (LocalDatabase database = LocalDatabase.open(dir, TestKeys.fixed())) {
            new SqliteDraftStore(database, Clock.systemUTC()).save("visit:C-1003", "{\"childViews\":\"Likes school\"}");
        }
        try (LocalDatabase database = LocalDatabase.open(dir, TestKeys.fixed())) {
            assertEquals(Optional.of("{\"childViews\":\"Likes school\"}"),
                    new SqliteDraftStore(database, Clock.systemUTC()).find("visit:C-1003"));
        }
    }
}
