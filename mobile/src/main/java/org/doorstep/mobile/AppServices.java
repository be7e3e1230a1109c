package org.doorstep.mobile;

import java.time.Clock;
import org.doorstep.mobile.store.ChildStore;
import org.doorstep.mobile.store.LocalDatabase;
import org.doorstep.mobile.store.VisitStore;
import org.doorstep.mobile.sync.SyncClient;
import org.doorstep.mobile.sync.SyncService;
import org.doorstep.mobile.visit.VisitRecorder;

/** The app's services, wired once at start: the device database, its stores, the recorder and sync. */
public final class AppServices implements AutoCloseable {
    private final LocalDatabase database;
    private final VisitStore visits;
    private final ChildStore children;
    private final VisitRecorder recorder;
    private final SyncService sync;

    private AppServices(LocalDatabase database, SyncClient client, Clock clock) {
        this.database = database;
        this.visits = new VisitStore(database);
        this.children = new ChildStore(database);
        this.recorder = new VisitRecorder(visits, clock);
        this.sync = new SyncService(visits, children, client, database.deviceId());
    }

    public static AppServices open(AppConfig config, Clock clock) {
        return new AppServices(LocalDatabase.open(config.dataDir()), new SyncClient(config.server()), clock);
    }

    public VisitStore visits() {
        return visits;
    }

    public ChildStore children() {
        return children;
    }

    public VisitRecorder recorder() {
        return recorder;
    }

    public SyncService sync() {
        return sync;
    }

    @Override
    public void close() {
        database.close();
    }
}
