package org.doorstep.mobile;

import java.time.Clock;
import org.doorstep.mobile.caseload.Caseload;
import org.doorstep.mobile.pull.CaseloadStore;
import org.doorstep.mobile.pull.Puller;
import org.doorstep.mobile.pull.SqliteCaseloadStore;
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

/** The app's services, wired once at start: the device database, its stores, sign-in, the recorder, sync and the caseload. */
public final class AppServices implements AutoCloseable {
    private final AppConfig config;
    private final LocalDatabase database;
    private final VisitStore visits;
    private final ChildStore children;
    private final VisitRecorder recorder;
    private final Authenticator auth;
    private final SyncService sync;
    private final Caseload caseload;

    private AppServices(AppConfig config, LocalDatabase database, SyncClient client, Clock clock) {
        this.config = config;
        this.database = database;
        this.visits = new VisitStore(database);
        this.children = new ChildStore(database);
        this.recorder = new VisitRecorder(visits, clock);
        LocalWipe wipe = new LocalWipe(database);
        DeviceIdentity device = new DeviceIdentity(database.deviceId(), DeviceIdentity.defaultName());
        this.auth = new Authenticator(client, new SessionStore(database), visits, wipe, device, clock);
        CaseloadStore pulled = new SqliteCaseloadStore(database);
        this.sync = new SyncService(visits, new Puller(pulled, client, auth, clock)::pullAll, client, auth, wipe);
        this.caseload = new Caseload(pulled, visits::list, clock);
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

    public Caseload caseload() {
        return caseload;
    }

    @Override
    public void close() {
        database.close();
    }
}
