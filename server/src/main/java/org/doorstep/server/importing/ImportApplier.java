package org.doorstep.server.importing;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.doorstep.protocol.auth.Role;
import org.doorstep.server.access.Allocations;
import org.doorstep.server.db.ChangeNumbers;
import org.doorstep.server.db.ChangeSequence;
import org.doorstep.server.db.TimeText;

/**
 * Checks an import against the database and applies it, in one transaction: either every row is
 * stored or, when any problem is found, nothing is. Rows that match what is stored are left alone, so
 * re-running an import writes nothing and consumes no change numbers. A child whose episodes the import
 * adds or changes gets a new change number, so that devices pull the child again with its episodes.
 */
@Singleton
class ImportApplier {
    private final ImportStore store;
    private final ChangeSequence changes;
    private final Allocations allocations;

    ImportApplier(ImportStore store, ChangeSequence changes, Allocations allocations) {
        this.allocations = allocations;
        this.store = store;
        this.changes = changes;
    }

    @Transactional
    ImportReport apply(ImportSet set, List<ImportError> readErrors, Instant now) {
        List<ImportError> errors = new ArrayList<>(readErrors);
        ExistingRows existing = new ExistingRows(store);
        ReferenceCheck.check(set, existing, errors);
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparing(ImportError::file).thenComparingInt(ImportError::line));
            return ImportReport.rejected(errors);
        }
        Map<ImportFile, ImportCounts> counts = new EnumMap<>(ImportFile.class);
        String time = TimeText.of(now);
        Set<String> numbered = new HashSet<>();
        Set<String> episodesChanged = new TreeSet<>();
        Set<String> accessChanged = new TreeSet<>();
        boolean teamMovedArea = false;
        for (ImportFile file : ImportFile.values()) {
            if (!set.rows().containsKey(file)) {
                continue;
            }
            Diff diff = Diff.of(set.rows(file), existing, file);
            if (file == ImportFile.USERS) {
                accessChanged.addAll(whoseAccessChanges(diff, existing));
            } else if (file == ImportFile.TEAMS) {
                teamMovedArea = anyTeamMovedArea(diff, existing);
            }
            write(file, diff, existing, time);
            if (file == ImportFile.CHILDREN) {
                diff.added.forEach(row -> numbered.add(row.id()));
                diff.changed.forEach(row -> numbered.add(row.id()));
            } else if (file.isEpisode()) {
                episodesChanged.addAll(childrenOf(file, diff, existing));
            }
            counts.put(file, new ImportCounts(diff.added.size(), diff.changed.size(), diff.unchanged));
        }
        // Numbered earlier in this transaction: their change is read after commit, with these episodes.
        episodesChanged.removeAll(numbered);
        store.renumberChildren(List.copyOf(episodesChanged), changes.reserve(episodesChanged.size()));
        if (teamMovedArea) {
            // Return interview officers see children by area: every officer's view may have changed.
            accessChanged.addAll(store.usersWithRole(Role.RHI_OFFICER.wireName()));
        }
        if (!accessChanged.isEmpty()) {
            store.resetScopes(List.copyOf(accessChanged), changes.reserve(1).next());
        }
        return new ImportReport(List.of(), counts);
    }

    /** The users whose team, area or roles the diff changes: what they may see changes with no child changing. */
    private static Set<String> whoseAccessChanges(Diff diff, ExistingRows existing) {
        Set<String> people = new HashSet<>();
        for (ImportRow row : diff.changed) {
            Map<String, String> before = existing.of(ImportFile.USERS).get(row.id());
            if (!Objects.equals(before.get("team_id"), row.value("team_id"))
                    || !Objects.equals(before.get("area"), row.value("area"))
                    || !existing.roles(row.id()).equals(row.roles())) {
                people.add(row.id());
            }
        }
        return people;
    }

    private static boolean anyTeamMovedArea(Diff diff, ExistingRows existing) {
        return diff.changed.stream().anyMatch(row ->
                !Objects.equals(existing.of(ImportFile.TEAMS).get(row.id()).get("area"), row.value("area")));
    }

    /** The children whose episodes of {@code file} the diff adds or changes: for a moved episode, both children. */
    private static Set<String> childrenOf(ImportFile file, Diff diff, ExistingRows existing) {
        Set<String> children = new HashSet<>();
        diff.added.forEach(row -> children.add(row.value("child_id")));
        for (ImportRow row : diff.changed) {
            children.add(row.value("child_id"));
            children.add(existing.of(file).get(row.id()).get("child_id"));
        }
        return children;
    }

    private void write(ImportFile file, Diff diff, ExistingRows existing, String now) {
        switch (file) {
            case USERS -> {
                store.insert(file, diff.added, List.of("active", "failed_logins", "created_at"),
                        row -> List.of(true, 0, now));
                store.update(file, diff.changed, List.of(), row -> List.of());
                List<ImportRow> all = new ArrayList<>(diff.added);
                all.addAll(diff.changed);
                store.replaceRoles(all);
            }
            case CHILDREN -> writeChildren(diff, existing, now);
            default -> {
                store.insert(file, diff.added, List.of(), row -> List.of());
                store.update(file, diff.changed, List.of(), row -> List.of());
            }
        }
    }

    /**
     * Children get a change number (devices pull them). A changed allocation or a closed or reopened case goes
     * through {@link Allocations}, which keeps the allocation history and tells devices that lose or gain the
     * child; it runs before the row update so that it sees the child as it was.
     */
    private void writeChildren(Diff diff, ExistingRows existing, String now) {
        Instant at = TimeText.instant(now);
        for (ImportRow child : diff.changed) {
            Map<String, String> before = existing.of(ImportFile.CHILDREN).get(child.id());
            allocations.reallocate(child.id(), child.value("allocated_worker_id"), child.value("team_id"), at);
            String closedBefore = before.get("closed_on");
            String closedAfter = child.value("closed_on");
            if (closedBefore == null && closedAfter != null) {
                allocations.close(child.id(), LocalDate.parse(closedAfter), at);
            } else if (closedBefore != null && closedAfter == null) {
                allocations.reopen(child.id(), at);
            }
        }
        ChangeNumbers numbers = changes.reserve(diff.added.size() + diff.changed.size());
        store.insert(ImportFile.CHILDREN, diff.added, List.of("change_seq"), row -> List.of(numbers.next()));
        store.update(ImportFile.CHILDREN, diff.changed, List.of("change_seq"), row -> List.of(numbers.next()));
        store.openAllocations(diff.added.stream().filter(ImportApplier::allocated).toList(), now);
    }

    private static boolean allocated(ImportRow child) {
        return child.value("allocated_worker_id") != null || child.value("team_id") != null;
    }

    private record Diff(List<ImportRow> added, List<ImportRow> changed, int unchanged) {
        static Diff of(List<ImportRow> rows, ExistingRows existing, ImportFile file) {
            List<ImportRow> added = new ArrayList<>();
            List<ImportRow> changed = new ArrayList<>();
            int unchanged = 0;
            for (ImportRow row : rows) {
                Map<String, String> stored = existing.of(file).get(row.id());
                if (stored == null) {
                    added.add(row);
                } else if (row.sameAs(stored, existing.roles(row.id()))) {
                    unchanged++;
                } else {
                    changed.add(row);
                }
            }
            return new Diff(added, changed, unchanged);
        }
    }
}
