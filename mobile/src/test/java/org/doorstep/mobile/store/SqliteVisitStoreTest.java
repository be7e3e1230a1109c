package org.doorstep.mobile.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.doorstep.protocol.visit.Visit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The visit store contract on the encrypted SQLite file, and what only a file can do: be reopened. */
class SqliteVisitStoreTest extends VisitStoreContract {
    @TempDir
    Path dataDir;
    private final List<LocalDatabase> opened = new ArrayList<>();

    @Override
    VisitStore newStore(Supplier<UUID> operationIds) {
        LocalDatabase database = LocalDatabase.open(dataDir.resolve("db-" + opened.size()), TestKeys.fixed());
        opened.add(database);
        return new SqliteVisitStore(database, operationIds, Clock.systemUTC());
    }

    @AfterEach
    void close() {
        opened.forEach(LocalDatabase::close);
    }

    @Test
    void reopenedFileStillHoldsVisitsOutboxAndDeviceId() {
        Path dir = dataDir.resolve("reopened");
        Visit visit = Visits.seenNotAlone("C-1003");
        UUID operationId;
        String deviceId;
        try (LocalDatabase database = LocalDatabase.open(dir, TestKeys.fixed())) {
            VisitStore visits = new SqliteVisitStore(database);
            visits.save(visit);
            operationId = visits.outbox().get(0).operationId();
            deviceId = database.deviceId();
        }

        try (LocalDatabase database = LocalDatabase.open(dir, TestKeys.fixed())) {
            VisitStore visits = new SqliteVisitStore(database);
            assertEquals(visit, visits.find(visit.id()).orElseThrow().visit());
            assertEquals(operationId, visits.outbox().get(0).operationId());
            assertEquals(deviceId, database.deviceId());
        }
    }

    @Test
    void schemaIsAtTheLatestVersion() {
        try (LocalDatabase database = LocalDatabase.open(dataDir.resolve("schema"), TestKeys.fixed())) {
            assertEquals(Schema.latestVersion(), (int) database.inTransaction(Schema::userVersion));
        }
    }
}
