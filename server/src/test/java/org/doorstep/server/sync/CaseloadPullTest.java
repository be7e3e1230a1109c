package org.doorstep.server.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.doorstep.protocol.auth.Role;
import org.doorstep.protocol.child.CareLeaverEpisode;
import org.doorstep.protocol.child.CaseloadChild;
import org.doorstep.protocol.child.ChildEpisodes;
import org.doorstep.protocol.child.PlacementEpisode;
import org.doorstep.protocol.child.PlanEpisode;
import org.doorstep.protocol.child.PrivateFosteringEpisode;
import org.doorstep.protocol.missing.MissingEpisode;
import org.doorstep.protocol.pull.Change;
import org.doorstep.protocol.pull.ChildChange;
import org.doorstep.protocol.pull.ChildRemovedChange;
import org.doorstep.protocol.pull.MissingEpisodeChange;
import org.doorstep.protocol.pull.PolicyChange;
import org.doorstep.protocol.pull.PullResponse;
import org.doorstep.protocol.pull.ReturnInterviewChange;
import org.doorstep.protocol.pull.VisitChange;
import org.doorstep.protocol.push.Mutation;
import org.doorstep.protocol.push.MutationResult;
import org.doorstep.protocol.push.RecordMissingEpisode;
import org.doorstep.protocol.push.RecordVisit;
import org.doorstep.protocol.visit.Visit;
import org.doorstep.server.ServerTest;
import org.doorstep.server.access.Allocations;
import org.doorstep.server.importing.CsvImport;
import org.doorstep.server.importing.ImportReport;
import org.doorstep.server.scope.Caller;
import org.doorstep.server.scope.Caller.Channel;
import org.doorstep.server.testing.People;
import org.doorstep.server.web.ApiErrorException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Pull scoped to the caller's caseload, with removals and entries, against a real database. Callers are
 * built directly (the sign-in layer is not involved); push and pull go through their services.
 */
@MicronautTest(transactional = false)
class CaseloadPullTest extends ServerTest {
    static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    @Inject
    PullService pulls;
    @Inject
    PushService pushes;
    @Inject
    Allocations allocations;
    @Inject
    CsvImport importer;

    People people;
    Caller sam;
    Caller lee;
    Caller maria;
    Caller omar;
    Caller ada;

    /** A device's view: its cursor and what it holds, applied change by change as a device would. */
    final class Device {
        final Caller caller;
        String cursor;
        final Set<String> children = new HashSet<>();
        final Set<String> records = new HashSet<>();
        final List<List<Change>> pages = new ArrayList<>();

        Device(Caller caller) {
            this.caller = caller;
        }

        /** Pulls until hasMore is false; returns every change received, in order. */
        List<Change> sync(int limit) {
            List<Change> received = new ArrayList<>();
            for (int i = 0; i < 1000; i++) {
                PullResponse page = pulls.pull(caller, Cursor.decode(cursor), limit).response();
                assertTrue(page.changes().size() <= limit, "page larger than the limit");
                pages.add(page.changes());
                for (Change change : page.changes()) {
                    apply(change);
                }
                received.addAll(page.changes());
                cursor = page.nextCursor();
                if (!page.hasMore()) {
                    return received;
                }
            }
            throw new AssertionError("pull never finished");
        }

        private void apply(Change change) {
            if (change instanceof ChildChange c) {
                children.add(c.child().id());
            } else if (change instanceof ChildRemovedChange r) {
                children.remove(r.childId());
                records.removeIf(key -> key.startsWith(r.childId() + "/"));
            } else if (change instanceof VisitChange v) {
                records.add(v.visit().visit().childId() + "/visit:" + v.visit().visit().id() + ":" + v.visit().version());
            } else if (change instanceof MissingEpisodeChange m) {
                records.add(m.episode().episode().childId() + "/episode:" + m.episode().episode().id() + ":" + m.episode().version());
            } else if (change instanceof ReturnInterviewChange r) {
                records.add(r.interview().interview().childId() + "/interview:" + r.interview().interview().id());
            }
        }
    }

    @BeforeAll
    void people() {
        people = new People(dataSource);
        people.team("T-NORTH", "North Children's Team", "North");
        people.team("T-SOUTH", "South Children's Team", "South");
        sam = people.user("sam.worker", "T-NORTH", null, Channel.SYNC, Role.SOCIAL_WORKER);
        lee = people.user("lee.worker", "T-SOUTH", null, Channel.SYNC, Role.SOCIAL_WORKER);
        maria = people.user("maria.manager", "T-NORTH", null, Channel.SYNC, Role.TEAM_MANAGER);
        omar = people.user("omar.officer", null, "North", Channel.SYNC, Role.RHI_OFFICER);
        ada = people.user("ada.admin", null, null, Channel.SYNC, Role.ADMINISTRATOR);
    }

    private String newChild(String name) {
        String id = "K-" + UUID.randomUUID().toString().substring(0, 8);
        people.update("INSERT INTO child (id, display_name, date_of_birth, change_seq) VALUES (?, ?, '2015-01-01', 0)", id, name);
        return id;
    }

    private static Visit visitOf(String childId, UUID id) {
        return new Visit(id, childId, OffsetDateTime.parse("2026-03-02T10:15:00Z"), OffsetDateTime.parse("2026-03-02T10:40:00Z"),
                true, true, null, "Seen at home.");
    }

    private List<MutationResult> push(Caller caller, Mutation... mutations) {
        List<ParsedPush.Entry> entries = new ArrayList<>();
        for (Mutation mutation : mutations) {
            entries.add(new ParsedPush.Readable(mutation));
        }
        return pushes.apply(new ParsedPush(1, caller.deviceId(), entries), caller).results();
    }

    private List<UUID> pushVisits(Caller caller, String childId, int count) {
        List<UUID> ids = new ArrayList<>();
        List<Mutation> mutations = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            UUID id = UUID.randomUUID();
            ids.add(id);
            mutations.add(new RecordVisit(UUID.randomUUID(), visitOf(childId, id)));
        }
        for (MutationResult result : push(caller, mutations.toArray(Mutation[]::new))) {
            assertEquals(MutationResult.Outcome.APPLIED, result.outcome(), String.valueOf(result.error()));
        }
        return ids;
    }

    private static List<Change> about(List<Change> changes, String childId) {
        return changes.stream().filter(change -> childId.equals(childOf(change))).toList();
    }

    private static String childOf(Change change) {
        if (change instanceof ChildChange c) {
            return c.child().id();
        } else if (change instanceof ChildRemovedChange r) {
            return r.childId();
        } else if (change instanceof VisitChange v) {
            return v.visit().visit().childId();
        } else if (change instanceof MissingEpisodeChange m) {
            return m.episode().episode().childId();
        } else if (change instanceof ReturnInterviewChange r) {
            return r.interview().interview().childId();
        }
        return null;
    }

    @Test
    void aReallocatedChildLeavesTheOldWorkerAndArrivesWithItsHistoryAtTheNewOne() {
        String child = newChild("Ria Moved");
        String staying = newChild("Sol Staying");
        allocations.reallocate(child, sam.userId(), "T-NORTH", T0);
        allocations.reallocate(staying, sam.userId(), "T-NORTH", T0);
        List<UUID> history = pushVisits(sam, child, 7);
        pushVisits(sam, staying, 2);
        Device samDevice = new Device(sam);
        Device leeDevice = new Device(lee);
        samDevice.sync(3);
        leeDevice.sync(3);
        assertTrue(samDevice.children.containsAll(Set.of(child, staying)));
        assertEquals(9, samDevice.records.stream().filter(r -> r.startsWith(child) || r.startsWith(staying)).count());
        assertTrue(about(leeDevice.pages.stream().flatMap(List::stream).toList(), child).isEmpty(), "Lee never saw the child");

        allocations.reallocate(child, lee.userId(), "T-SOUTH", T0.plusSeconds(3600));
        List<Change> samNext = samDevice.sync(3);
        List<Change> leeNext = leeDevice.sync(3);

        assertEquals(List.of(new ChildRemovedChange(child)), about(samNext, child));
        assertFalse(samDevice.children.contains(child));
        assertTrue(samDevice.children.contains(staying), "the other child stays");
        assertTrue(samDevice.records.stream().noneMatch(r -> r.startsWith(child)));
        assertEquals(8, about(leeNext, child).size(), "the child and its 7 visits, once each");
        assertEquals(new HashSet<>(about(leeNext, child)).size(), about(leeNext, child).size(), "nothing twice");
        assertTrue(leeDevice.pages.size() >= 3, "the history spans pages of 3");
        assertTrue(leeDevice.children.contains(child));
        for (UUID visit : history) {
            assertTrue(leeDevice.records.contains(child + "/visit:" + visit + ":1"), "missing " + visit);
        }
        assertTrue(about(leeNext, staying).isEmpty(), "never another worker's child");

        // Afterwards: the new worker gets the child's new records, the old one nothing, and may no longer record.
        UUID later = pushVisits(lee, child, 1).get(0);
        assertEquals(List.of(), about(samDevice.sync(3), child));
        assertTrue(leeDevice.sync(3).stream().anyMatch(c -> c instanceof VisitChange v && v.visit().visit().id().equals(later)));
        MutationResult refused = push(sam, new RecordVisit(UUID.randomUUID(), visitOf(child, UUID.randomUUID()))).get(0);
        assertEquals("child_not_in_scope", refused.error().code().wireName());
    }

    @Test
    void aFirstPullCarriesOnlyTheCallersChildrenAndThePolicy() {
        String mine = newChild("Ava Mine");
        String other = newChild("Ben Other");
        allocations.reallocate(mine, sam.userId(), "T-NORTH", T0);
        allocations.reallocate(other, lee.userId(), "T-SOUTH", T0);
        pushVisits(lee, other, 2);

        List<Change> all = new Device(sam).sync(500);

        assertTrue(all.get(0) instanceof PolicyChange, "the policy in force comes first");
        assertTrue(all.stream().anyMatch(c -> c instanceof ChildChange cc && cc.child().id().equals(mine)));
        assertEquals(List.of(), about(all, other));
        assertEquals(List.of(), new Device(ada).sync(500).stream().filter(c -> !(c instanceof PolicyChange)).toList(),
                "an administrator's device receives no case records");
    }

    @Test
    void aClosedCaseLeavesTheManagersDeviceToo() {
        String child = newChild("Cal Closing");
        allocations.reallocate(child, sam.userId(), "T-NORTH", T0);
        Device manager = new Device(maria);
        Device worker = new Device(sam);
        manager.sync(50);
        worker.sync(50);
        assertTrue(manager.children.contains(child));

        allocations.close(child, LocalDate.parse("2026-03-03"), T0.plusSeconds(60));

        assertEquals(List.of(new ChildRemovedChange(child)), about(manager.sync(50), child));
        assertEquals(List.of(new ChildRemovedChange(child)), about(worker.sync(50), child));
        allocations.reopen(child, T0.plusSeconds(120));
        assertTrue(about(worker.sync(50), child).contains(new ChildChange(new CaseloadChild(child, "Cal Closing",
                LocalDate.parse("2015-01-01"), "T-NORTH", ChildEpisodes.NONE))));
    }

    @Test
    void aFirstMissingEpisodeBringsTheChildAndItsHistoryToTheAreasOfficer() {
        String child = newChild("Dee Missing");
        allocations.reallocate(child, sam.userId(), "T-NORTH", T0);
        pushVisits(sam, child, 2);
        Device officer = new Device(omar);
        officer.sync(10);
        assertFalse(officer.children.contains(child));

        UUID episode = UUID.randomUUID();
        MissingEpisode missing = new MissingEpisode(episode, child, OffsetDateTime.parse("2026-03-01T20:00:00Z"),
                OffsetDateTime.parse("2026-03-02T08:00:00Z"), OffsetDateTime.parse("2026-03-02T09:00:00Z"), "MP-1", null);
        assertEquals(MutationResult.Outcome.APPLIED, push(sam, new RecordMissingEpisode(UUID.randomUUID(), missing)).get(0).outcome());
        List<Change> received = officer.sync(2);

        assertTrue(officer.children.contains(child));
        assertEquals(4, about(received, child).size(), "child, two visits, the episode");
        assertTrue(officer.records.contains(child + "/episode:" + episode + ":1"));
        MutationResult visitByOfficer = push(omar, new RecordVisit(UUID.randomUUID(), visitOf(child, UUID.randomUUID()))).get(0);
        assertEquals("child_not_in_scope", visitByOfficer.error().code().wireName(), "officers read visits, never record them");
    }

    @Test
    void aChildArrivesWithItsDateOfBirthTeamAndEveryEpisodeEndedOnesToo() {
        String child = newChild("Eve Episodes");
        people.update("INSERT INTO plan (id, child_id, kind, start_date, end_date) VALUES (?, ?, 'cin', '2025-01-06', '2025-06-30')",
                child + "-P1", child);
        people.update("INSERT INTO plan (id, child_id, kind, start_date) VALUES (?, ?, 'cp', '2025-07-01')", child + "-P2", child);
        people.update("INSERT INTO placement (id, child_id, start_date, end_date, placement_type, intended_until_18_from, "
                + "long_term_foster_from, child_agreed_from, first_review_date) VALUES (?, ?, '2024-03-01', '2025-02-28', "
                + "'with_parent_reg19', NULL, NULL, NULL, '2024-04-12')", child + "-A1", child);
        people.update("INSERT INTO placement (id, child_id, start_date, placement_type, intended_until_18_from, "
                + "long_term_foster_from, child_agreed_from) VALUES (?, ?, '2025-03-01', 'general', '2025-09-01', "
                + "'2026-03-01', '2026-03-02')", child + "-A2", child);
        people.update("INSERT INTO private_fostering (id, child_id, notification_received_date, la_aware_date) "
                + "VALUES (?, ?, '2023-05-02', '2023-04-28')", child + "-F1", child);
        people.update("INSERT INTO care_leaver_accommodation (id, child_id, first_provided_date, basis) "
                + "VALUES (?, ?, '2026-01-05', 's24b')", child + "-L1", child);
        allocations.reallocate(child, sam.userId(), "T-NORTH", T0);

        List<Change> received = about(new Device(sam).sync(2), child);

        assertEquals(List.of(new ChildChange(new CaseloadChild(child, "Eve Episodes", LocalDate.parse("2015-01-01"), "T-NORTH",
                new ChildEpisodes(
                        List.of(new PlanEpisode(child + "-P1", "cin", LocalDate.parse("2025-01-06"), LocalDate.parse("2025-06-30")),
                                new PlanEpisode(child + "-P2", "cp", LocalDate.parse("2025-07-01"), null)),
                        List.of(new PlacementEpisode(child + "-A1", LocalDate.parse("2024-03-01"), LocalDate.parse("2025-02-28"),
                                        "with_parent_reg19", null, null, null, LocalDate.parse("2024-04-12")),
                                new PlacementEpisode(child + "-A2", LocalDate.parse("2025-03-01"), null, "general",
                                        LocalDate.parse("2025-09-01"), LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-02"), null)),
                        List.of(new PrivateFosteringEpisode(child + "-F1", LocalDate.parse("2023-05-02"), LocalDate.parse("2023-04-28"), null)),
                        List.of(new CareLeaverEpisode(child + "-L1", LocalDate.parse("2026-01-05"), "s24b", null)))))),
                received);
    }

    @Test
    void anImportedEpisodeReachesTheDeviceAsTheChildAgainAndAnUnchangedReimportSendsNothing() throws IOException {
        String child = newChild("Fin Imported");
        allocations.reallocate(child, sam.userId(), "T-NORTH", T0);
        Device device = new Device(sam);
        device.sync(50);
        Path csv = Files.createTempDirectory("episode-import");

        Files.writeString(csv.resolve("plans.csv"), "id,child_id,kind,start_date,end_date\n" + child + "-CP,"
                + child + ",cp,2026-02-02,\n");
        assertTrue(importer.run(csv).applied());
        List<Change> added = about(device.sync(50), child);
        assertEquals(List.of(new PlanEpisode(child + "-CP", "cp", LocalDate.parse("2026-02-02"), null)), plans(added));

        ImportReport again = importer.run(csv);
        assertTrue(again.applied());
        assertEquals(List.of(), about(device.sync(50), child), "an unchanged re-import sends nothing");

        Files.writeString(csv.resolve("plans.csv"), "id,child_id,kind,start_date,end_date\n" + child + "-CP,"
                + child + ",cp,2026-02-02,2026-02-27\n");
        assertTrue(importer.run(csv).applied());
        List<Change> ended = about(device.sync(50), child);
        assertEquals(List.of(new PlanEpisode(child + "-CP", "cp", LocalDate.parse("2026-02-02"), LocalDate.parse("2026-02-27"))),
                plans(ended));
        assertEquals(List.of(), about(new Device(lee).sync(50), child), "never to another worker");
    }

    @Test
    void anOfficerMovedToAnotherAreaIsToldToPullAgainAndThenHoldsOnlyTheNewAreasChildren() throws IOException {
        Path csv = Files.createTempDirectory("access-import");
        Files.writeString(csv.resolve("users.csv"), "id,username,display_name,team_id,area,roles\n"
                + "U-KIM,kim.officer,Kim Officer,,North,rhi_officer\n");
        assertTrue(importer.run(csv).applied());
        Caller kim = new Caller("U-KIM", "kim.officer", Set.of(Role.RHI_OFFICER), "device-kim", Channel.SYNC);
        String north = newChild("Ned North");
        allocations.reallocate(north, sam.userId(), "T-NORTH", T0);
        String south = newChild("Sue South");
        allocations.reallocate(south, lee.userId(), "T-SOUTH", T0);
        recordMissing(sam, north);
        recordMissing(lee, south);
        Device device = new Device(kim);
        device.sync(50);
        assertTrue(device.children.contains(north));
        assertFalse(device.children.contains(south));
        Files.writeString(csv.resolve("users.csv"), "id,username,display_name,team_id,area,roles\n"
                + "U-KIM,kim.officer,Kim Officer,,South,rhi_officer\n");

        ImportReport moved = importer.run(csv);
        assertTrue(moved.applied(), String.valueOf(moved.errors()));
        ApiErrorException reset = assertThrows(ApiErrorException.class, () -> device.sync(50));

        assertEquals(409, reset.status().getCode());
        assertEquals("caseload_reset", reset.error().code().wireName());
        device.cursor = null; // what the app does: drop the pulled copies, pull from the beginning
        device.children.clear();
        device.sync(1); // page by page: the new cursors belong to the new access, so no second reset
        assertTrue(device.pages.size() > 3, "several pages");
        assertTrue(device.children.contains(south), "the new area's child");
        assertFalse(device.children.contains(north), "nothing of the old area");
        assertTrue(importer.run(csv).applied());
        device.sync(50); // an unchanged re-import changes nobody's access: no reset
    }

    @Test
    void aTeamMovedToAnotherAreaMakesEveryOfficersDevicePullAgainButNotAWorkers() throws IOException {
        Device officer = new Device(omar);
        officer.sync(50);
        Device worker = new Device(sam);
        worker.sync(50);
        Path csv = Files.createTempDirectory("team-import");
        Files.writeString(csv.resolve("teams.csv"), "id,name,area\nT-SOUTH,South Children's Team,East\n");

        assertTrue(importer.run(csv).applied());

        ApiErrorException reset = assertThrows(ApiErrorException.class, () -> officer.sync(50));
        assertEquals("caseload_reset", reset.error().code().wireName());
        worker.sync(50); // a social worker's caseload does not follow areas
        Files.writeString(csv.resolve("teams.csv"), "id,name,area\nT-SOUTH,South Children's Team,South\n");
        assertTrue(importer.run(csv).applied());
    }

    private void recordMissing(Caller worker, String child) {
        MissingEpisode missing = new MissingEpisode(UUID.randomUUID(), child, OffsetDateTime.parse("2026-03-01T20:00:00Z"),
                OffsetDateTime.parse("2026-03-02T08:00:00Z"), OffsetDateTime.parse("2026-03-02T09:00:00Z"), "MP-2", null);
        assertEquals(MutationResult.Outcome.APPLIED, push(worker, new RecordMissingEpisode(UUID.randomUUID(), missing)).get(0).outcome());
    }

    /** The plans of the one child change in {@code changes}. */
    private static List<PlanEpisode> plans(List<Change> changes) {
        assertEquals(1, changes.size(), changes.toString());
        return ((ChildChange) changes.get(0)).child().episodes().plans();
    }
}
