package org.doorstep.mobile;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Consumer;
import org.doorstep.mobile.caseload.Caseload;
import org.doorstep.mobile.pull.CaseloadStore;
import org.doorstep.mobile.pull.Puller;
import org.doorstep.mobile.pull.SqliteCaseloadStore;
import org.doorstep.mobile.store.ChildStore;
import org.doorstep.mobile.store.DataKey;
import org.doorstep.mobile.store.LocalDatabase;
import org.doorstep.mobile.store.LocalWipe;
import org.doorstep.mobile.store.DraftStore;
import org.doorstep.mobile.missing.MissingRecorder;
import org.doorstep.mobile.store.MissingStore;
import org.doorstep.mobile.store.SqliteMissingStore;
import org.doorstep.protocol.push.PushRequest;
import org.doorstep.mobile.store.SaveNotifyingVisitStore;
import org.doorstep.mobile.store.SqliteDraftStore;
import org.doorstep.mobile.store.SqliteSessionStore;
import org.doorstep.mobile.store.SqliteVisitStore;
import org.doorstep.mobile.store.SyncLog;
import org.doorstep.mobile.store.VisitStore;
import org.doorstep.mobile.sync.Authenticator;
import org.doorstep.mobile.sync.Backoff;
import org.doorstep.mobile.sync.DeviceIdentity;
import org.doorstep.mobile.sync.ExecutorTimers;
import org.doorstep.mobile.sync.SyncClient;
import org.doorstep.mobile.sync.SyncScheduler;
import org.doorstep.mobile.sync.SyncService;
import org.doorstep.mobile.sync.SyncSummary;
import org.doorstep.mobile.visit.VisitRecorder;

/**
 * The app's services while it is unlocked, wired once the data key opened the device database: its stores,
 * sign-in, the recorder, sync (push, then pull) with its scheduler, and the caseload. {@link #close()} is part
 * of locking: the scheduler stops, then the database closes.
 */
public final class AppServices implements AutoCloseable {
    /** The first wait after a sync stopped short, and the longest. */
    static final Duration BACKOFF_FIRST = Duration.ofSeconds(30);
    static final Duration BACKOFF_MAX = Duration.ofMinutes(15);

    private final AppConfig config;
    private final LocalDatabase database;
    private final VisitStore visits;
    private final ChildStore children;
    private final DraftStore drafts;
    private final MissingStore missing;
    private final MissingRecorder missingRecorder;
    private final VisitRecorder recorder;
    private final Authenticator auth;
    private final SyncService sync;
    private final SyncScheduler scheduler;
    private final Caseload caseload;
    private final CaseloadStore pulled;

    private AppServices(AppConfig config, LocalDatabase database, SyncClient client, Clock clock,
                        Consumer<String> deviceKeys) {
        this.config = config;
        this.database = database;
        SqliteVisitStore stored = new SqliteVisitStore(database);
        this.children = new ChildStore(database);
        this.drafts = new SqliteDraftStore(database, clock);
        LocalWipe wipe = new LocalWipe(database);
        DeviceIdentity device = new DeviceIdentity(database.deviceId(), DeviceIdentity.defaultName());
        this.missing = new SqliteMissingStore(database, clock);
        this.auth = new Authenticator(client, new SqliteSessionStore(database), stored, missing::countWaiting, wipe,
                device, clock, deviceKeys);
        CaseloadStore pulled = new SqliteCaseloadStore(database);
        this.sync = new SyncService(stored, missing, new Puller(pulled, client, auth, clock)::pullAll, client, auth, wipe,
                PushRequest.MAX_MUTATIONS);
        SyncLog log = new SyncLog(database);
        this.scheduler = new SyncScheduler(() -> {
            SyncSummary summary = sync.syncNow();
            if (summary.completed()) {
                log.succeeded(clock.instant());
            }
            return summary;
        }, new ExecutorTimers("doorstep-sync"), clock, new Backoff(BACKOFF_FIRST, BACKOFF_MAX, Math::random),
                config.sync(), log.lastSuccess().orElse(null));
        this.visits = new SaveNotifyingVisitStore(stored, scheduler::localWrite);
        this.recorder = new VisitRecorder(visits, clock);
        this.caseload = new Caseload(pulled, visits::list, missing::list, clock);
        this.missingRecorder = new MissingRecorder(missing, pulled, scheduler::localWrite, clock);
        this.pulled = pulled;
    }

    /**
     * Opens the device database with {@code key} (see {@link LocalDatabase#open}) and wires the services.
     * {@code deviceKeys} hears the device's recovery key from every sign-in with the password.
     */
    public static AppServices open(AppConfig config, Clock clock, DataKey key, Consumer<String> deviceKeys) {
        return new AppServices(config, LocalDatabase.open(config.dataDir(), key), new SyncClient(config.server()), clock,
                deviceKeys);
    }

    public AppConfig config() {
        return config;
    }

    public LocalDatabase database() {
        return database;
    }

    /** The visits; a save here also asks the scheduler for a sync shortly. */
    public VisitStore visits() {
        return visits;
    }

    public ChildStore children() {
        return children;
    }

    /** The forms' drafts, kept in the encrypted database as the person types. */
    public DraftStore drafts() {
        return drafts;
    }

    /**
     * The missing episodes and return interviews recorded on this device (save through {@link #missingRecorder()},
     * which asks for a sync after each save).
     */
    /** Records waiting to be sent: visits, missing episodes and return interviews. */
    public int countWaiting() {
        return visits().countWaiting() + missing.countWaiting();
    }

    public MissingStore missing() {
        return missing;
    }

    /** Saves the missing episode and return interview forms (and asks for a sync after each save). */
    public MissingRecorder missingRecorder() {
        return missingRecorder;
    }

    /** The server's copies as last pulled. */
    public CaseloadStore pulled() {
        return pulled;
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

    public SyncScheduler scheduler() {
        return scheduler;
    }

    /** The caseload with its due dates, worked out from the pulled records and this device's visits. */
    public Caseload caseload() {
        return caseload;
    }

    /** Stops the scheduler (waiting briefly for a running sync), then closes the database. */
    @Override
    public void close() {
        scheduler.close();
        database.close();
    }
}
