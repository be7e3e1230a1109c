package org.doorstep.mobile.simulate;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.doorstep.mobile.sync.SyncSummary;

/**
 * One run: the servers (started here, or the one named), the people imported, the phones signed in with
 * their caseload pulled (all before the clock starts and without faults), then the measured phase on the
 * lossy network, a drain in which phones still holding unsent visits keep syncing, and the reconciliation.
 */
final class Simulation {
    /** Syncs a phone still holding unsent visits makes after the measured phase before it counts them unsent. */
    static final int DRAIN_ATTEMPTS = 40;

    private final SimulationOptions options;
    private final Consumer<String> progress;
    private final Clock clock = Clock.systemDefaultZone();
    private final Latencies syncLatency = new Latencies();
    private final AtomicLong syncs = new AtomicLong();
    private final AtomicLong syncsStoppedShort = new AtomicLong();
    private final AtomicLong deviceErrors = new AtomicLong();
    private final List<String> firstErrors = new ArrayList<>();

    Simulation(SimulationOptions options, Consumer<String> progress) {
        this.options = options;
        this.progress = progress;
    }

    Figures run() throws IOException, InterruptedException {
        Path work = options.workDir() != null ? Files.createDirectories(options.workDir())
                : Files.createTempDirectory("doorstep-simulate");
        progress.accept("Working in " + work);
        List<AutoCloseable> toClose = new ArrayList<>();
        try {
            List<URI> servers = servers(work, toClose);
            Workforce people = new Workforce(options.devices(), options.childrenPerDevice());
            progress.accept("Setting " + (options.devices() + 1) + " passwords as " + options.admin());
            people.setPasswords(servers.get(0), options.admin(), options.adminPassword());
            LossyProxy.Faults faults = new LossyProxy.Faults(options.dropRate(), options.answersOnly(), options.delayRate(),
                    options.maxDelay(), System.nanoTime());
            LossyProxy proxy = new LossyProxy(servers, faults, Math.max(16, options.threads()));
            toClose.add(proxy);
            List<SimulatedDevice> devices = setUpDevices(work, proxy.uri(), toClose);
            double loadBefore = LoadAverage.oneMinute();
            progress.accept("Measured phase: " + options.devices() + " devices, " + options.duration().toSeconds() + " s");
            proxy.startMeasuring();
            long started = System.nanoTime();
            measuredPhase(devices);
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            long drainStarted = System.nanoTime();
            int unsent = drain(devices);
            Duration drained = Duration.ofNanos(System.nanoTime() - drainStarted);
            proxy.stopMeasuring();
            double loadAfter = LoadAverage.oneMinute();
            progress.accept("Reconciling as " + Workforce.MANAGER + " through " + servers.get(0));
            List<UUID> recorded = new ArrayList<>();
            devices.forEach(device -> recorded.addAll(device.recorded()));
            AdminApi manager = AdminApi.signIn(servers.get(0), Workforce.MANAGER, Workforce.PASSWORD);
            Reconciliation reconciliation = Reconciliation.check(manager, people.childIds(), recorded);
            return new Figures(options, servers.size(), took, drained, proxy, syncLatency, syncs.get(), syncsStoppedShort.get(),
                    deviceErrors.get(), unsent, reconciliation, loadBefore, loadAfter, firstErrors());
        } finally {
            for (int i = toClose.size() - 1; i >= 0; i--) {
                try {
                    toClose.get(i).close();
                } catch (Exception e) {
                    progress.accept("Could not close " + toClose.get(i) + ": " + e.getMessage());
                }
            }
        }
    }

    /** The servers the phones talk to; the people are imported into their database first. */
    private List<URI> servers(Path work, List<AutoCloseable> toClose) throws IOException, InterruptedException {
        Path jar = ServerProcess.jar(options.serverJar());
        Path csv = work.resolve("people");
        new Workforce(options.devices(), options.childrenPerDevice()).writeCsv(csv);
        if (options.server() != null) {
            ServerProcess.Database target = options.importDatabase() == null ? null
                    : new ServerProcess.Database.Sqlite(options.importDatabase());
            progress.accept("Importing the simulated workers and children (" + csv + ")");
            ServerProcess.importCsv(jar, target, csv, work.resolve("import.log"));
            return List.of(options.server());
        }
        ServerProcess.Database database;
        if (options.database().equals("postgresql")) {
            progress.accept("Starting a private PostgreSQL cluster");
            ScratchPostgres cluster = ScratchPostgres.start(work);
            toClose.add(cluster);
            database = new ServerProcess.Database.Postgres(cluster.jdbcUrl(), "doorstep");
        } else {
            database = new ServerProcess.Database.Sqlite(work.resolve("server.db"));
        }
        List<URI> servers = new ArrayList<>();
        for (int i = 1; i <= options.instances(); i++) {
            // One after the other: the first applies the migrations, the next ones find them applied.
            ServerProcess server = ServerProcess.start(jar, database, work.resolve("server-" + i + ".log"));
            toClose.add(server);
            servers.add(server.uri());
            progress.accept("Server " + i + " of " + options.instances() + " answers at " + server.uri() + " (log "
                    + server.log() + ")");
        }
        progress.accept("Importing the simulated workers and children (" + csv + ")");
        ServerProcess.importCsv(jar, database, csv, work.resolve("import.log"));
        return servers;
    }

    /** Opens every phone's database, signs its worker in and pulls its caseload. */
    private List<SimulatedDevice> setUpDevices(Path work, URI network, List<AutoCloseable> toClose)
            throws InterruptedException, IOException {
        progress.accept("Signing in " + options.devices() + " devices and pulling their caseloads" + (options.syncEvery() == null
                ? "; each records " + options.visitsPerDevice() + " visits offline (yesterday's), sent in the measured phase" : ""));
        List<SimulatedDevice> devices = new ArrayList<>();
        for (int i = 1; i <= options.devices(); i++) {
            SimulatedDevice device = new SimulatedDevice(i, work.resolve("devices").resolve(String.valueOf(i)), network, clock);
            devices.add(device);
            toClose.add(device);
        }
        forEach(devices, device -> {
            device.signIn();
            SyncSummary first = device.sync();
            if (!first.completed() || device.caseloadIds().size() != options.childrenPerDevice()) {
                throw new IllegalStateException("Device " + device.index() + "'s first pull brought "
                        + device.caseloadIds().size() + " children, not " + options.childrenPerDevice() + ": "
                        + first.describe());
            }
            if (options.syncEvery() == null) {
                // The morning storm: yesterday's visits were recorded offline; the morning sends them.
                for (int n = 0; n < options.visitsPerDevice(); n++) {
                    device.recordVisit(n);
                }
            }
        });
        return devices;
    }

    /**
     * Every phone acts on a scheduled pool, so that a phone waiting for its moment holds no thread: once in
     * the window (the morning storm), or every {@code syncEvery} (jittered) until the end of the run.
     */
    private void measuredPhase(List<SimulatedDevice> devices) throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + options.duration().toNanos();
        ScheduledExecutorService pool = Executors.newScheduledThreadPool(Math.min(options.threads(), devices.size()),
                LossyProxy.daemon("device"));
        CountDownLatch finished = new CountDownLatch(devices.size());
        try {
            for (SimulatedDevice device : devices) {
                long window = options.syncEvery() == null ? options.duration().toNanos() : options.syncEvery().toNanos();
                long first = (long) (ThreadLocalRandom.current().nextDouble() * window);
                Runnable step = options.syncEvery() == null ? new Once(device, deadline, pool, finished)
                        : new Continuously(device, start, deadline, pool, finished);
                pool.schedule(step, first, TimeUnit.NANOSECONDS);
            }
            finished.await();
        } finally {
            pool.shutdownNow();
        }
    }

    /** The morning: the visits recorded the day before (in the set-up) pushed, then the pull; again if it stopped short. */
    private final class Once implements Runnable {
        private final SimulatedDevice device;
        private final long deadline;
        private final ScheduledExecutorService pool;
        private final CountDownLatch finished;

        Once(SimulatedDevice device, long deadline, ScheduledExecutorService pool, CountDownLatch finished) {
            this.device = device;
            this.deadline = deadline;
            this.pool = pool;
            this.finished = finished;
        }

        @Override
        public void run() {
            try {
                if (!timedSync(device).completed() && System.nanoTime() < deadline) {
                    pool.schedule(this, 500 + ThreadLocalRandom.current().nextInt(1500), TimeUnit.MILLISECONDS);
                    return;
                }
            } catch (RuntimeException e) {
                error("device " + device.index() + ": " + e.getMessage());
            }
            finished.countDown();
        }
    }

    /** A working day compressed: visits recorded through the run, a sync every interval (jittered). */
    private final class Continuously implements Runnable {
        private final SimulatedDevice device;
        private final long start;
        private final long deadline;
        private final ScheduledExecutorService pool;
        private final CountDownLatch finished;
        private int done;

        Continuously(SimulatedDevice device, long start, long deadline, ScheduledExecutorService pool,
                     CountDownLatch finished) {
            this.device = device;
            this.start = start;
            this.deadline = deadline;
            this.pool = pool;
            this.finished = finished;
        }

        @Override
        public void run() {
            try {
                double elapsed = (double) (System.nanoTime() - start) / options.duration().toNanos();
                while (done < options.visitsPerDevice() && done < Math.ceil(elapsed * options.visitsPerDevice())) {
                    device.recordVisit(done++);
                }
                timedSync(device);
                long next = (long) (options.syncEvery().toNanos() * (0.5 + ThreadLocalRandom.current().nextDouble()));
                if (System.nanoTime() + next < deadline) {
                    pool.schedule(this, next, TimeUnit.NANOSECONDS);
                    return;
                }
                while (done < options.visitsPerDevice()) {
                    device.recordVisit(done++); // Recorded at the end of the day; the drain sends them.
                }
            } catch (RuntimeException e) {
                error("device " + device.index() + ": " + e.getMessage());
            }
            finished.countDown();
        }
    }

    /** Phones that still hold unsent visits keep syncing; returns how many visits remain unsent after that. */
    private int drain(List<SimulatedDevice> devices) throws InterruptedException, IOException {
        forEach(devices, device -> {
            for (int attempt = 0; attempt < DRAIN_ATTEMPTS && device.waiting() > 0; attempt++) {
                if (!timedSync(device).completed()) {
                    sleepUntil(System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(200));
                }
            }
        });
        int unsent = 0;
        for (SimulatedDevice device : devices) {
            unsent += device.waiting();
        }
        return unsent;
    }

    private SyncSummary timedSync(SimulatedDevice device) {
        long started = System.nanoTime();
        SyncSummary summary = device.sync();
        syncLatency.record(System.nanoTime() - started);
        syncs.incrementAndGet();
        if (!summary.completed()) {
            syncsStoppedShort.incrementAndGet();
            if (summary.session() != SyncSummary.Session.CONTINUES) {
                error("device " + device.index() + ": " + summary.describe());
            }
        }
        return summary;
    }

    /** Runs {@code work} for every phone on the pool; a phone that throws counts as an error, the others go on. */
    private void forEach(List<SimulatedDevice> devices, Consumer<SimulatedDevice> work)
            throws InterruptedException, IOException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(options.threads(), devices.size()),
                LossyProxy.daemon("device"));
        CountDownLatch finished = new CountDownLatch(devices.size());
        List<Future<?>> futures = new ArrayList<>();
        try {
            for (SimulatedDevice device : devices) {
                futures.add(pool.submit(() -> {
                    try {
                        work.accept(device);
                    } catch (RuntimeException e) {
                        error("device " + device.index() + ": " + e.getMessage());
                    } finally {
                        finished.countDown();
                    }
                }));
            }
            finished.await();
            for (Future<?> future : futures) {
                future.get();
            }
        } catch (ExecutionException e) {
            throw new IOException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private void error(String message) {
        deviceErrors.incrementAndGet();
        synchronized (firstErrors) {
            if (firstErrors.size() < 10) {
                firstErrors.add(message);
            }
        }
    }

    private List<String> firstErrors() {
        synchronized (firstErrors) {
            return List.copyOf(firstErrors);
        }
    }

    private static void sleepUntil(long nanoTime) {
        long wait = nanoTime - System.nanoTime();
        if (wait <= 0) {
            return;
        }
        try {
            TimeUnit.NANOSECONDS.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
