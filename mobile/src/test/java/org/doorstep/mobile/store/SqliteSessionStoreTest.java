package org.doorstep.mobile.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The session store contract on the encrypted SQLite file, and that the sign-in survives a restart. */
class SqliteSessionStoreTest extends SessionStoreContract {
    @TempDir
    Path dataDir;
    private LocalDatabase database;

    @Override
    SessionStore newStore() {
        database = LocalDatabase.open(dataDir, TestKeys.fixed());
        return new SqliteSessionStore(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void theSignInIsKeptAcrossReopening() {
        store.signedIn(SAM, "refresh-1", AT);
        database.close();

        database = LocalDatabase.open(dataDir, TestKeys.fixed());

        assertEquals(Optional.of(new StoredSession(SAM, "refresh-1", AT)), new SqliteSessionStore(database).load());
    }
}
