package org.doorstep.server.access;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import org.doorstep.protocol.auth.Role;
import org.doorstep.server.ServerTest;
import org.doorstep.server.scope.Caller;
import org.doorstep.server.scope.Caller.Channel;
import org.doorstep.server.testing.People;
import org.junit.jupiter.api.Test;

/** With doorstep.access.covering-read-enabled, a worker reads (never writes) their team's other children. */
@MicronautTest(transactional = false)
class CoveringReadTest extends ServerTest {
    @Inject
    AccessPolicy policy;
    @Inject
    Allocations allocations;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("doorstep.access.covering-read-enabled", "true");
    }

    @Test
    void aWorkerReadsButCannotWriteTheirTeamsOtherChildren() {
        People people = new People(dataSource);
        people.team("T-NORTH", "North Children's Team", "North");
        people.team("T-SOUTH", "South Children's Team", "South");
        Caller sam = people.user("sam.worker", "T-NORTH", null, Channel.SYNC, Role.SOCIAL_WORKER);
        Caller lee = people.user("lee.worker", "T-NORTH", null, Channel.SYNC, Role.SOCIAL_WORKER);
        Instant at = Instant.parse("2026-03-02T09:00:00Z");
        allocations.reallocate("C-1001", sam.userId(), "T-NORTH", at);
        allocations.reallocate("C-1002", lee.userId(), "T-NORTH", at);
        allocations.reallocate("C-1003", null, "T-SOUTH", at);

        assertEquals(Access.WRITE, policy.access(sam, "C-1001"));
        assertEquals(Access.READ, policy.access(sam, "C-1002"));
        assertEquals(Access.READ, policy.access(sam, "C-1002", RecordArea.VISITS));
        assertEquals(Access.NONE, policy.access(sam, "C-1003"));
        // C-1004 and C-1005 are Sam's own in the demo seeding.
        assertEquals(Map.of("C-1001", Access.WRITE, "C-1002", Access.READ, "C-1004", Access.WRITE, "C-1005", Access.WRITE),
                policy.visibleChildren(sam));
    }
}
