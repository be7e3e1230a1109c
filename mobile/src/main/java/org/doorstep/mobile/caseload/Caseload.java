package org.doorstep.mobile.caseload;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.doorstep.compliance.calendar.WorkingDayCalendar;
import org.doorstep.compliance.engine.ChildRecord;
import org.doorstep.compliance.engine.ComplianceEngine;
import org.doorstep.compliance.time.LondonTime;
import org.doorstep.mobile.pull.CaseloadSnapshot;
import org.doorstep.mobile.pull.CaseloadStore;
import org.doorstep.mobile.pull.PulledVisit;
import org.doorstep.mobile.store.LocalMissing;
import org.doorstep.mobile.store.LocalVisit;
import org.doorstep.mobile.store.SyncState;
import org.doorstep.protocol.missing.MissingEpisode;
import org.doorstep.protocol.policy.LocalPolicy;
import org.doorstep.protocol.policy.PolicyMapping;

/**
 * The worker's caseload with due dates, worked out on the device with no connection: the server's copy of the
 * children, their episodes and records ({@link CaseloadStore}), this device's own visits not yet on the server
 * (and those sent but not pulled back yet), the council's policy from the last pull (the standard settings
 * before one arrived), and the {@code compliance} module's rules at the clock's instant. Visits the server
 * rejected do not count. Safe to call from any thread; reads the database, so not on the UI thread.
 */
public final class Caseload {
    private final CaseloadStore store;
    private final Supplier<List<LocalVisit>> deviceVisits;
    private final Supplier<List<LocalMissing>> deviceMissing;
    private final Clock clock;
    private volatile Engine engine;

    /** The rules built for one policy, kept until another arrives. */
    private record Engine(LocalPolicy policy, ComplianceEngine rules) {
    }

    /** {@code deviceVisits}: the visits recorded on this device, in any state. */
    public Caseload(CaseloadStore store, Supplier<List<LocalVisit>> deviceVisits, Clock clock) {
        this(store, deviceVisits, List::of, clock);
    }

    /**
     * {@code deviceMissing}: the missing episodes and return interviews recorded on this device, in any state;
     * they count over the server's versions (a rejected one does not count), so a return recorded with no
     * signal starts its interview clock at once.
     */
    public Caseload(CaseloadStore store, Supplier<List<LocalVisit>> deviceVisits,
                    Supplier<List<LocalMissing>> deviceMissing, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.deviceVisits = Objects.requireNonNull(deviceVisits, "deviceVisits");
        this.deviceMissing = Objects.requireNonNull(deviceMissing, "deviceMissing");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public Clock clock() {
        return clock;
    }

    public CaseloadList load() {
        CaseloadSnapshot snapshot = store.snapshot();
        Map<String, List<PulledVisit>> own = new HashMap<>();
        for (LocalVisit local : deviceVisits.get()) {
            if (local.state() != SyncState.REJECTED) {
                own.computeIfAbsent(local.visit().childId(), id -> new ArrayList<>()).add(PulledVisit.of(local.visit(), null));
            }
        }
        Map<String, List<LocalMissing>> ownMissing = new HashMap<>();
        for (LocalMissing local : deviceMissing.get()) {
            if (local.state() != SyncState.REJECTED) {
                ownMissing.computeIfAbsent(local.childId(), id -> new ArrayList<>()).add(local);
            }
        }
        Instant now = clock.instant();
        LocalDate today = LondonTime.dateOf(now);
        ComplianceEngine rules = rules(snapshot.policy());
        List<CaseloadEntry> entries = new ArrayList<>(snapshot.children().size());
        for (CaseloadSnapshot.ChildFile file : snapshot.children()) {
            CaseloadSnapshot.ChildFile merged = withOwn(file, ownMissing.getOrDefault(file.child().id(), List.of()));
            entries.add(entry(merged, own.getOrDefault(file.child().id(), List.of()), rules, now, today));
        }
        entries.sort(ORDER);
        return new CaseloadList(entries, snapshot.policy() == null ? null : snapshot.policy().version(), snapshot.pulledAt());
    }

    private static CaseloadEntry entry(CaseloadSnapshot.ChildFile file, List<PulledVisit> own, ComplianceEngine rules,
                                       Instant now, LocalDate today) {
        String id = file.child().id();
        String name = file.child().displayName();
        ReturnClock missingNow = missingNow(file.missingEpisodes());
        if (file.child().episodes() == null) {
            return new CaseloadEntry(id, name, Badge.UNKNOWN, null, null, missingNow,
                    "The server sent no plans or placements for this child: sync with an up-to-date server");
        }
        Map<java.util.UUID, PulledVisit> visits = new LinkedHashMap<>();
        file.visits().forEach(v -> visits.put(v.id(), v));
        own.forEach(v -> visits.put(v.id(), v)); // this device's version first: it may not have reached the server
        DueDates.Reading reading;
        try {
            ChildRecord record = ChildRecords.of(id, file.child().episodes(), visits.values(), file.missingEpisodes(),
                    file.interviews(), today);
            reading = DueDates.read(rules.evaluate(record, now), now);
        } catch (IllegalArgumentException e) {
            return new CaseloadEntry(id, name, Badge.UNKNOWN, null, null, missingNow,
                    "Cannot work out the due date (" + e.getMessage() + "): update the app");
        }
        DueDates.Due next = reading.next();
        return new CaseloadEntry(id, name, reading.badge(), next == null ? null : next.date(),
                next == null ? null : next.what(), missingNow != null ? missingNow : reading.interviewClock(), null);
    }

    /** The child's file with this device's missing episodes and interviews over the server's versions (by id). */
    static CaseloadSnapshot.ChildFile withOwn(CaseloadSnapshot.ChildFile file, List<LocalMissing> own) {
        if (own.isEmpty()) {
            return file;
        }
        Map<java.util.UUID, MissingEpisode> episodes = new LinkedHashMap<>();
        file.missingEpisodes().forEach(e -> episodes.put(e.id(), e));
        Map<java.util.UUID, org.doorstep.protocol.missing.ReturnInterview> interviews = new LinkedHashMap<>();
        file.interviews().forEach(i -> interviews.put(i.id(), i));
        for (LocalMissing local : own) {
            if (local.episode() != null) {
                episodes.put(local.id(), local.episode());
            } else {
                interviews.put(local.id(), local.interview());
            }
        }
        return new CaseloadSnapshot.ChildFile(file.child(), file.visits(), List.copyOf(episodes.values()),
                List.copyOf(interviews.values()));
    }

    /** Missing now: the episode with no return that started first. */
    private static ReturnClock missingNow(List<MissingEpisode> episodes) {
        return episodes.stream()
                .filter(e -> e.returnedAt() == null && e.wentMissingAt() != null)
                .map(e -> e.wentMissingAt().toInstant())
                .min(Comparator.naturalOrder())
                .map(since -> new ReturnClock(ReturnClock.Kind.MISSING_NOW, since, Duration.ZERO))
                .orElse(null);
    }

    private ComplianceEngine rules(LocalPolicy policy) {
        Engine held = engine;
        if (held == null || !Objects.equals(held.policy(), policy)) {
            held = new Engine(policy, new ComplianceEngine(WorkingDayCalendar.englandAndWales(),
                    PolicyMapping.toCouncilPolicy(policy == null ? LocalPolicy.DEFAULTS : policy)));
            engine = held;
        }
        return held.rules();
    }

    /** Missing now, then return interviews by deadline, then by urgency, next due date and name. */
    static final Comparator<CaseloadEntry> ORDER = Comparator
            .comparingInt(Caseload::clockGroup)
            .thenComparing(e -> e.returnClock() == null ? Instant.MAX : e.returnClock().at())
            .thenComparingInt(e -> e.badge().rank())
            .thenComparing(CaseloadEntry::nextDueDate, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(CaseloadEntry::name)
            .thenComparing(CaseloadEntry::childId);

    private static int clockGroup(CaseloadEntry entry) {
        if (entry.returnClock() == null) {
            return 2;
        }
        return entry.returnClock().kind() == ReturnClock.Kind.MISSING_NOW ? 0 : 1;
    }
}
