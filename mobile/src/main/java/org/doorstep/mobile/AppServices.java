package org.doorstep.mobile;

import java.time.Clock;
import org.doorstep.mobile.store.ChildStore;
import org.doorstep.mobile.store.LocalDatabase;
import org.doorstep.mobile.store.LocalWipe;
import org.doorstep.mobile.store.SessionStore;
import org.doorstep.mobile.store.VisitStore;
import org.doorstep.mobile.sync.Authenticator;
import org.doorstep.mobile.sync.DeviceIdentity;
import org.doorstep.mobile.sync.SyncClient;
import org.doorstep.mobile.sync.SyncService;
import org.doorstep.mobile.visit.VisitRecorder;

/** The app's services, wired once at start: the device database, its stores, sign-in, the recorder and sync. */
public final class AppServices implements AutoCloseable {
    private final AppConfig config;
    private final LocalDatabase database;
    private final VisitStore visits;
    private final ChildStore children;
    private final VisitRecorder recorder;
    private final Authenticator auth;
    private final SyncService sync;

    private AppServices(AppConfig config, LocalDatabase database, SyncClient client, Clock clock) {
        this.config = config;
        this.database = database;
        this.visits = new VisitStore(database);
        this.children = new ChildStore(database);
        this.recorder = new VisitRecorder(visits, clock);
        LocalWipe wipe = new LocalWipe(database);
        DeviceIdentity device = new DeviceIdentity(database.deviceId(), DeviceIdentity.defaultName());
        this.auth = new Authenticator(client, new SessionStore(database), visits, wipe, device, clock);
        this.sync = new SyncService(visits, children, client, auth, wipe);
    }

    public static AppServices open(AppConfig config, Clock clock) {
        return new AppServices(config, LocalDatabase.open(config.dataDir()), new SyncClient(config.server()), clock);
    }

    public AppConfig config() {
        return config;
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

    public Authenticator auth() {
        return auth;
    }

    public SyncService sync() {
        return sync;
    }

    @Override
    public void close() {
        database.close();
    }
}
