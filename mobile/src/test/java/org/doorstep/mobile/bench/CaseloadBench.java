package org.doorstep.mobile.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.doorstep.mobile.caseload.Caseload;
import org.doorstep.mobile.caseload.CaseloadList;
import org.doorstep.mobile.pull.SqliteCaseloadStore;
import org.doorstep.mobile.store.DataKey;
import org.doorstep.mobile.store.LocalDatabase;
import org.doorstep.mobile.store.SqliteVisitStore;
import org.doorstep.mobile.store.VisitStore;
import org.doorstep.protocol.child.CareLeaverEpisode;
import org.doorstep.protocol.child.CaseloadChild;
import org.doorstep.protocol.child.ChildEpisodes;
import org.doorstep.protocol.child.PlacementEpisode;
import org.doorstep.protocol.child.PlanEpisode;
import org.doorstep.protocol.child.PrivateFosteringEpisode;
import org.doorstep.protocol.missing.MissingEpisode;
import org.doorstep.protocol.missing.ReturnInterview;
import org.doorstep.protocol.missing.StoredMissingEpisode;
import org.doorstep.protocol.missing.StoredReturnInterview;
import org.doorstep.protocol.policy.LocalPolicy;
import org.doorstep.protocol.pull.Change;
import org.doorstep.protocol.pull.ChildChange;
import org.doorstep.protocol.pull.MissingEpisodeChange;
import org.doorstep.protocol.pull.PolicyChange;
import org.doorstep.protocol.pull.ReturnInterviewChange;
import org.doorstep.protocol.pull.VisitChange;
import org.doorstep.protocol.visit.StoredVisit;
import org.doorstep.protocol.visit.Visit;

/**
 * Opening a 60-child caseload with badges, on the device database ({@code ./doorstep bench caseload}): 60 children
 * of every regime with about three years of visits (about 5,000) and some missing episodes, pulled in pages of
 * 500 as the app does, plus 20 of the device's own visits waiting to be sent. Then times {@code Caseload.load()}
 * (read the server's copy and the device's visits from SQLite, evaluate every rule for every child, sort): the
 * first open in this JVM, the first after reopening the file (an app restart in a warm JVM), and warm opens.
 * Seeded, so every run builds the same caseload. The screen's drawing is not included.
 */
public final class CaseloadBench {
    static final int CHILDREN = 60;
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneId.of("Europe/London"));
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private CaseloadBench() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Files.createTempDirectory("doorstep-caseload-bench");
        List<Change> changes = caseload(new Random(42));
        long visits = changes.stream().filter(c -> c instanceof VisitChange).count();
        System.out.printf("Caseload: %d children, %d visits, %d changes in all; load average %s%n", CHILDREN, visits,
                changes.size(), loadAverage());

        // The app's encrypted store (SQLCipher 4 format), with a random data key as the app makes.
        DataKey key = DataKey.random(new SecureRandom());
        LocalDatabase database = LocalDatabase.open(dir, key);
        SqliteCaseloadStore store = new SqliteCaseloadStore(database);
        long start = System.nanoTime();
        for (int from = 0, page = 1; from < changes.size(); from += 500, page++) {
            store.applyPage(changes.subList(from, Math.min(from + 500, changes.size())), "bench-" + page, CLOCK.instant());
        }
        System.out.printf("Pull applied (%d pages of 500, one transaction each): %.0f ms%n",
                (changes.size() + 499) / 500, ms(System.nanoTime() - start));
        VisitStore own = new SqliteVisitStore(database);
        Random random = new Random(7);
        for (int i = 0; i < 20; i++) {
            OffsetDateTime at = OffsetDateTime.of(2026, 11, 16 + random.nextInt(7), 10, 0, 0, 0, ZoneOffset.UTC);
            own.save(new Visit(UUID.randomUUID(), childId(random.nextInt(CHILDREN)), at, at.plusMinutes(30), true, true, null, null));
        }

        Caseload caseload = new Caseload(store, own::list, CLOCK);
        start = System.nanoTime();
        CaseloadList first = caseload.load();
        System.out.printf("First open in this JVM: %.1f ms (%d children; %s)%n", ms(System.nanoTime() - start),
                first.entries().size(), badges(first));

        database.close();
        database = LocalDatabase.open(dir, key);
        store = new SqliteCaseloadStore(database);
        VisitStore reopened = new SqliteVisitStore(database);
        caseload = new Caseload(store, reopened::list, CLOCK);
        start = System.nanoTime();
        caseload.load();
        System.out.printf("First open after reopening the database: %.1f ms%n", ms(System.nanoTime() - start));

        for (int i = 0; i < 20; i++) {
            caseload.load();
        }
        double[] runs = new double[30];
        double[] reads = new double[30];
        for (int i = 0; i < runs.length; i++) {
            long t0 = System.nanoTime();
            store.snapshot();
            reopened.list();
            long t1 = System.nanoTime();
            caseload.load();
            reads[i] = ms(t1 - t0);
            runs[i] = ms(System.nanoTime() - t1);
        }
        Arrays.sort(runs);
        Arrays.sort(reads);
        System.out.printf("Warm opens (30 after 20 warm-up): median %.1f ms, min %.1f, max %.1f; reading SQLite alone "
                + "(the server's copy and the device's visits): median %.1f ms, min %.1f%n", runs[15], runs[0], runs[29],
                reads[15], reads[0]);
        database.close();
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    /** The pull of the whole caseload: policy, then each child and its records. */
    static List<Change> caseload(Random random) {
        List<Change> changes = new ArrayList<>();
        changes.add(new PolicyChange(LocalPolicy.DEFAULTS));
        for (int i = 0; i < CHILDREN; i++) {
            String id = childId(i);
            changes.add(new ChildChange(new CaseloadChild(id, "Child " + i, TODAY.minusYears(4 + i % 13), "T-NORTH",
                    episodes(i, random))));
            // About three years of visits, every 10 to 16 days, the last one 0 to 20 days ago.
            LocalDate day = TODAY.minusDays(random.nextInt(21));
            for (int v = 0; v < 83; v++) {
                OffsetDateTime at = day.atTime(9 + random.nextInt(8), 0).atOffset(ZoneOffset.UTC);
                boolean seen = random.nextInt(20) != 0;
                changes.add(new VisitChange(new StoredVisit(new Visit(UUID.randomUUID(), id, at, at.plusHours(1), seen,
                        seen ? random.nextInt(5) != 0 : null, null, "Visit " + v), 1, true, at.plusHours(2).toInstant(), List.of())));
                day = day.minusDays(10 + random.nextInt(7));
            }
            if (i % 6 == 0) {
                UUID episode = UUID.randomUUID();
                OffsetDateTime went = TODAY.minusDays(1 + i % 5).atTime(20, 0).atOffset(ZoneOffset.UTC);
                OffsetDateTime back = i % 12 == 0 ? null : went.plusHours(14);
                changes.add(new MissingEpisodeChange(new StoredMissingEpisode(new MissingEpisode(episode, id, went, back,
                        went.plusHours(15), "MP-" + i, null), 1, true, went.plusHours(16).toInstant(), List.of())));
                if (back != null) {
                    changes.add(new ReturnInterviewChange(new StoredReturnInterview(new ReturnInterview(UUID.randomUUID(),
                            episode, id, back.plusHours(20), null, null, null, "independent return interview worker", null,
                            null, null, null, back.plusHours(21)), 1, true, back.plusHours(22).toInstant(), List.of())));
                }
            }
        }
        return changes;
    }

    private static ChildEpisodes episodes(int i, Random random) {
        LocalDate start = TODAY.minusDays(300 + random.nextInt(900));
        return switch (i % 6) {
            case 0, 1 -> new ChildEpisodes(List.of(new PlanEpisode("P-" + i, "cp", start, null)), List.of(), List.of(), List.of());
            case 2 -> new ChildEpisodes(List.of(new PlanEpisode("P-" + i, "cin", start, null)), List.of(), List.of(), List.of());
            case 3 -> new ChildEpisodes(List.of(), List.of(
                    new PlacementEpisode("A-" + i, start.minusYears(1), start.minusDays(1), "general", null, null, null, null),
                    new PlacementEpisode("B-" + i, start, null, i % 4 == 0 ? "connected_person_reg24" : "general",
                            start.plusMonths(2), null, null, start.plusMonths(1))), List.of(), List.of());
            case 4 -> new ChildEpisodes(List.of(), List.of(), List.of(new PrivateFosteringEpisode("F-" + i, start, null, null)),
                    List.of());
            default -> new ChildEpisodes(List.of(), List.of(), List.of(),
                    List.of(new CareLeaverEpisode("L-" + i, start, "s23b", null)));
        };
    }

    private static String childId(int i) {
        return "C-" + (5000 + i);
    }

    private static String badges(CaseloadList list) {
        StringBuilder text = new StringBuilder();
        list.entries().stream().collect(java.util.stream.Collectors.groupingBy(e -> e.badge().text(), java.util.TreeMap::new,
                java.util.stream.Collectors.counting())).forEach((badge, n) -> text.append(text.length() == 0 ? "" : ", ")
                .append(n).append(' ').append(badge));
        return text.toString();
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }
}
