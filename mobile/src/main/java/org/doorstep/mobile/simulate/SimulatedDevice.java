package org.doorstep.mobile.simulate;

import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.doorstep.mobile.pull.CaseloadSnapshot;
import org.doorstep.mobile.pull.Puller;
import org.doorstep.mobile.pull.SqliteCaseloadStore;
import org.doorstep.mobile.store.DataKey;
import org.doorstep.mobile.store.LocalDatabase;
import org.doorstep.mobile.store.LocalWipe;
import org.doorstep.mobile.store.SqliteSessionStore;
import org.doorstep.mobile.store.SqliteVisitStore;
import org.doorstep.mobile.sync.Authenticator;
import org.doorstep.mobile.sync.DeviceIdentity;
import org.doorstep.mobile.sync.SignInResult;
import org.doorstep.mobile.sync.SyncClient;
import org.doorstep.mobile.sync.SyncService;
import org.doorstep.mobile.sync.SyncSummary;
import org.doorstep.mobile.visit.SaveResult;
import org.doorstep.mobile.visit.VisitDraft;
import org.doorstep.mobile.visit.VisitRecorder;

/**
 * One phone: the app's own stores on its own encrypted SQLite file, its sign-in, recorder and sync engine,
 * wired as {@code AppServices} wires them, without the screens, the PIN lock or the scheduler (the
 * simulation decides when to sync). Remembers the id of every visit it recorded, for the reconciliation.
 */
final class SimulatedDevice implements AutoCloseable {
    private final int index;
    private final LocalDatabase database;
    private final SqliteVisitStore visits;
    private final SqliteCaseloadStore caseload;
    private final Authenticator auth;
    private final SyncService sync;
    private final VisitRecorder recorder;
    private final List<UUID> recorded = new ArrayList<>();
    private final SecureRandom random = new SecureRandom();

    SimulatedDevice(int index, Path dataDirectory, URI server, Clock clock) {
        this.index = index;
        this.database = LocalDatabase.open(dataDirectory, DataKey.random(random));
        this.visits = new SqliteVisitStore(database);
        this.caseload = new SqliteCaseloadStore(database);
        SyncClient client = new SyncClient(server);
        LocalWipe wipe = new LocalWipe(database);
        DeviceIdentity device = new DeviceIdentity(database.deviceId(), "Simulated phone " + index);
        this.auth = new Authenticator(client, new SqliteSessionStore(database), visits, wipe, device, clock);
        this.sync = new SyncService(visits, new Puller(caseload, client, auth, clock)::pullAll, client, auth, wipe);
        this.recorder = new VisitRecorder(visits, clock);
    }

    int index() {
        return index;
    }

    /** Signs the device's worker in; fails with the app's own sentence when refused. */
    void signIn() {
        SignInResult result = auth.signIn(Workforce.username(index), Workforce.PASSWORD);
        if (!(result instanceof SignInResult.SignedIn)) {
            throw new IllegalStateException("Device " + index + " could not sign in: " + result);
        }
    }

    /** One sync as the app does it: the outbox pushed, then the server's changes pulled. */
    SyncSummary sync() {
        return sync.syncNow();
    }

    /** The children the last pull brought, by name. */
    List<String> caseloadIds() {
        CaseloadSnapshot snapshot = caseload.snapshot();
        return snapshot.children().stream().map(file -> file.child().id()).toList();
    }

    /**
     * Records a visit to one of the caseload's children through the app's recorder (validated, saved with its
     * outbox entry in one transaction).
     */
    void recordVisit(int number) {
        List<String> children = caseloadIds();
        if (children.isEmpty()) {
            throw new IllegalStateException("Device " + index + " has no children to visit: its caseload was not pulled");
        }
        String child = children.get(number % children.size());
        LocalDate yesterday = LocalDate.now(recorder.clock()).minusDays(1);
        String time = String.format("%d:%02d", 9 + number % 9, random.nextInt(60));
        SaveResult result = recorder.record(VisitDraft.basic(child, yesterday, time, true, true, null, null,
                "Simulated visit " + number + " by device " + index + "."));
        if (!(result instanceof SaveResult.Saved saved)) {
            throw new IllegalStateException("Device " + index + " could not save a visit: " + result);
        }
        synchronized (recorded) {
            recorded.add(saved.visit().visit().id());
        }
    }

    List<UUID> recorded() {
        synchronized (recorded) {
            return List.copyOf(recorded);
        }
    }

    int waiting() {
        return visits.countWaiting();
    }

    @Override
    public void close() {
        database.close();
    }
}
