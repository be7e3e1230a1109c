package org.doorstep.server.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.doorstep.protocol.auth.Role;
import org.doorstep.server.ServerTest;
import org.doorstep.server.scope.Caller;
import org.doorstep.server.scope.Caller.Channel;
import org.doorstep.server.testing.People;
import org.doorstep.server.web.ApiErrorException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The access rules against a real database: each role, in and out of scope. */
@MicronautTest(transactional = false)
class AccessPolicyTest extends ServerTest {
    static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    @Inject
    AccessPolicy policy;
    @Inject
    Allocations allocations;

    People people;
    Caller sam;
    Caller lee;
    Caller maria;
    Caller omar;
    Caller ada;
    Caller southManager;
    Caller southOfficer;
    Caller workerManager;

    @BeforeAll
    void people() {
        people = new People(dataSource);
        people.team("T-NORTH", "North Children's Team", "North");
        people.team("T-SOUTH", "South Children's Team", "South");
        sam = people.user("sam.worker", "T-NORTH", null, Channel.SYNC, Role.SOCIAL_WORKER);
        lee = people.user("lee.worker", "T-NORTH", null, Channel.SYNC, Role.SOCIAL_WORKER);
        maria = people.user("maria.manager", "T-NORTH", null, Channel.API, Role.TEAM_MANAGER);
        omar = people.user("omar.officer", null, "North", Channel.SYNC, Role.RHI_OFFICER);
        ada = people.user("ada.admin", null, null, Channel.API, Role.ADMINISTRATOR);
        southManager = people.user("sol.manager", "T-SOUTH", null, Channel.API, Role.TEAM_MANAGER);
        southOfficer = people.user("sue.officer", null, "South", Channel.SYNC, Role.RHI_OFFICER);
        workerManager = people.user("wyn.both", "T-SOUTH", null, Channel.SYNC, Role.SOCIAL_WORKER, Role.TEAM_MANAGER);
        for (String child : new String[] {"C-1001", "C-1002", "C-1003", "C-1004", "C-1005"}) {
            allocations.reallocate(child, sam.userId(), "T-NORTH", T0);
        }
        allocations.reallocate("C-1004", lee.userId(), "T-NORTH", T0.plusSeconds(60));
        allocations.reallocate("C-1005", workerManager.userId(), "T-SOUTH", T0.plusSeconds(60));
    }

    @Test
    void aWorkerWritesTheirAllocatedChildrenOnly() {
        assertEquals(Access.WRITE, policy.access(sam, "C-1001"));
        assertEquals(Access.NONE, policy.access(sam, "C-1004"), "a team colleague's child, covering reads off");
        assertEquals(Access.NONE, policy.access(sam, "C-1005"));
        assertEquals(Set.of("C-1001", "C-1002", "C-1003"), policy.visibleChildren(sam).keySet());
    }

    @Test
    void aManagerWritesTheirTeamsChildrenAndNoOtherTeams() {
        assertEquals(Access.WRITE, policy.access(maria, "C-1001"));
        assertEquals(Access.WRITE, policy.access(maria, "C-1004"));
        assertEquals(Access.NONE, policy.access(maria, "C-1005"));
        assertEquals(Set.of("C-1005"), policy.visibleChildren(southManager).keySet());
    }

    @Test
    void anAdministratorSeesNoCaseRecords() {
        assertEquals(Access.NONE, policy.access(ada, "C-1001"));
        assertEquals(Map.of(), policy.visibleChildren(ada));
    }

    @Test
    void anUnknownChildIsRefusedLikeAChildOutOfScope() {
        assertEquals(Access.NONE, policy.access(maria, "C-4242"));
        ApiErrorException unknown = assertThrows(ApiErrorException.class, () -> policy.requireRead(maria, "C-4242"));
        ApiErrorException outOfScope = assertThrows(ApiErrorException.class, () -> policy.requireRead(maria, "C-1005"));
        assertEquals(403, unknown.status().getCode());
        assertEquals(unknown.error().code(), outOfScope.error().code());
        assertEquals("child_not_in_scope", outOfScope.error().code().wireName());
    }

    @Test
    void severalRolesGetTheUnion() {
        assertEquals(Access.WRITE, policy.access(workerManager, "C-1005"));
        Caller onlyWorker = new Caller(workerManager.userId(), workerManager.username(), Set.of(Role.SOCIAL_WORKER),
                workerManager.deviceId(), Channel.SYNC);
        assertEquals(Access.WRITE, policy.access(onlyWorker, "C-1005"));
        assertEquals(Access.NONE, policy.access(onlyWorker, "C-1001"));
    }

    @Test
    void anOfficerSeesChildrenOfTheirAreaWithAMissingEpisodeOnly() {
        assertEquals(Access.NONE, policy.access(omar, "C-1002"), "no missing episode yet");
        people.update("INSERT INTO missing_episode (id, version, operation_id, child_id, device_id, went_missing_at, received_at,"
                + " time_flags, content_hash, body, latest, change_seq) VALUES ('11111111-1111-4111-8111-111111111111', 1,"
                + " '21111111-1111-4111-8111-111111111111', 'C-1002', 'd', '2026-03-01T20:00:00.000000000Z',"
                + " '2026-03-01T21:00:00.000000000Z', '', 'h', '{}', TRUE, 900001)");

        assertEquals(Access.WRITE, policy.access(omar, "C-1002", RecordArea.MISSING));
        assertEquals(Access.READ, policy.access(omar, "C-1002", RecordArea.VISITS));
        assertEquals(Access.NONE, policy.access(southOfficer, "C-1002"), "another area's officer");
        assertEquals(Set.of("C-1002"), policy.visibleChildren(omar).keySet());
    }

    @Test
    void aClosedCaseIsReadOnlyForItsManagerOnTheApiAndGoneFromDevices() {
        allocations.close("C-1003", LocalDate.parse("2026-03-01"), T0.plusSeconds(120));

        assertEquals(Access.READ, policy.access(maria, "C-1003"));
        assertEquals(Access.NONE, policy.access(People.on(maria, Channel.SYNC), "C-1003"));
        assertEquals(Access.NONE, policy.access(sam, "C-1003"));
        assertEquals(Access.NONE, policy.access(People.on(sam, Channel.API), "C-1003"));

        allocations.reopen("C-1003", T0.plusSeconds(180));
        assertEquals(Access.WRITE, policy.access(sam, "C-1003"));
    }

    @Test
    void reallocationKeepsTheHistoryAndRefusesUnknownPeople() {
        assertEquals("2", people.query("SELECT COUNT(*) FROM allocation WHERE child_id = 'C-1004'"));
        assertEquals(null, people.query("SELECT worker_id FROM allocation WHERE child_id = 'C-1004' AND allocated_until IS NULL AND worker_id <> ?",
                lee.userId()));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> allocations.reallocate("C-1004", "U-nobody", "T-NORTH", T0.plusSeconds(300)));
        assertEquals("No worker with id U-nobody", e.getMessage());
        assertEquals(Access.WRITE, policy.access(lee, "C-1004"), "nothing changed by the refused re-allocation");
        assertEquals(false, allocations.reallocate("C-1004", lee.userId(), "T-NORTH", T0.plusSeconds(400)));
    }
}
