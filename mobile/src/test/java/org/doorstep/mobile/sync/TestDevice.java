package org.doorstep.mobile.sync;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.doorstep.mobile.pull.Puller;
import org.doorstep.mobile.pull.SqliteCaseloadStore;
import org.doorstep.mobile.store.ChildStore;
import org.doorstep.mobile.store.LocalDatabase;
import org.doorstep.mobile.store.LocalWipe;
import org.doorstep.mobile.store.SessionStore;
import org.doorstep.mobile.store.SqliteSessionStore;
import org.doorstep.mobile.store.SqliteVisitStore;
import org.doorstep.mobile.store.StoredSession;
import org.doorstep.mobile.store.TestKeys;
import org.doorstep.mobile.store.VisitStore;

/** A device database in a temporary folder with the app's services over it, as the app wires them (pull included). */
final class TestDevice implements AutoCloseable {
    static final String NAME = "Test phone";

    final LocalDatabase database;
    final VisitStore visits;
    final ChildStore children;
    final SessionStore sessions;
    final LocalWipe wipe;
    final SyncClient client;
    final Authenticator auth;
    final SqliteCaseloadStore pulled;
    private final Clock clock;

    TestDevice(Path dataDir, URI server, Clock clock) {
        database = LocalDatabase.open(dataDir, TestKeys.fixed());
        visits = new SqliteVisitStore(database);
        children = new ChildStore(database);
        sessions = new SqliteSessionStore(database);
        wipe = new LocalWipe(database);
        client = new SyncClient(server, Duration.ofSeconds(2), Duration.ofSeconds(5));
        auth = new Authenticator(client, sessions, visits, wipe, new DeviceIdentity(database.deviceId(), NAME), clock);
        pulled = new SqliteCaseloadStore(database);
        this.clock = clock;
    }

    SyncService sync() {
        return new SyncService(visits, puller(auth)::pullAll, client, auth, wipe);
    }

    Puller puller(Authenticator with) {
        return new Puller(pulled, client, with, clock);
    }

    String storedRefreshToken() {
        return sessions.load().flatMap(StoredSession::currentRefreshToken).orElse(null);
    }

    @Override
    public void close() {
        database.close();
    }
}
