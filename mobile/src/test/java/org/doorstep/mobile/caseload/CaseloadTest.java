package org.doorstep.mobile.caseload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.doorstep.mobile.pull.MemoryCaseloadStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Badges, next due dates and the missing-first order, worked out offline from seeded dates at a fixed moment. */
class CaseloadTest {
    private final MemoryCaseloadStore store = new MemoryCaseloadStore();
    private CaseloadList list;

    @BeforeEach
    void load() {
        Caseloads.seed(store);
        list = new Caseload(store, Caseloads::deviceVisits, Caseloads.CLOCK).load();
    }

    private CaseloadEntry entry(String childId) {
        return list.entries().stream().filter(e -> e.childId().equals(childId)).findFirst().orElseThrow();
    }

    @Test
    void aKnownOverdueDueSoonAndOkChildGetTheirBadgesAndDueDates() {
        assertEquals(new CaseloadEntry("C-1", "Ava Example", Badge.OVERDUE, LocalDate.parse("2026-11-16"),
                "child protection visit", null, null), entry("C-1"), "a rejected visit does not count");
        assertEquals(new CaseloadEntry("C-2", "Ben Sample", Badge.DUE_SOON, LocalDate.parse("2026-11-24"),
                "child in need visit", null, null), entry("C-2"));
        assertEquals(new CaseloadEntry("C-3", "Cara Placeholder", Badge.OK, LocalDate.parse("2026-12-28"),
                "looked-after child visit", null, null), entry("C-3"));
    }

    @Test
    void theDevicesOwnUnsentVisitCounts() {
        assertEquals(Badge.OK, entry("C-4").badge());
        assertEquals(LocalDate.parse("2026-12-04"), entry("C-4").nextDueDate(), "10 working days after Friday 20th");
        CaseloadList withoutIt = new Caseload(store, List::of, Caseloads.CLOCK).load();
        assertEquals(Badge.OVERDUE, withoutIt.entries().stream().filter(e -> e.childId().equals("C-4")).findFirst()
                .orElseThrow().badge());
    }

    @Test
    void aFirstVisitStillFarOffIsNotYetDue() {
        assertEquals(new CaseloadEntry("C-5", "Eli Madeup", Badge.NOT_YET_DUE, LocalDate.parse("2026-12-01"),
                "first private fostering visit", null, null), entry("C-5"));
    }

    @Test
    void missingChildrenComeFirstThenRunningInterviewClocksWithTheTimeLeft() {
        assertEquals(List.of("C-6", "C-7", "C-1", "C-2", "C-5", "C-4", "C-3", "C-10", "C-8", "C-9"),
                list.entries().stream().map(CaseloadEntry::childId).toList());

        CaseloadEntry fay = entry("C-6");
        assertEquals(ReturnClock.Kind.MISSING_NOW, fay.returnClock().kind());
        assertEquals("Missing since Sun 22 Nov 21:00", fay.returnClock().describe(ZoneId.of("Europe/London")));
        assertEquals(Badge.NO_RULE, fay.badge());

        CaseloadEntry gus = entry("C-7");
        assertEquals(ReturnClock.Kind.INTERVIEW_DUE, gus.returnClock().kind());
        assertEquals(Duration.ofHours(56), gus.returnClock().left());
        assertEquals("Return interview: 56 h left (by Wed 25 Nov 18:00)", gus.returnClock().describe(ZoneId.of("Europe/London")));
        assertEquals(Badge.NOT_YET_DUE, gus.badge());
        assertEquals(LocalDate.parse("2026-11-25"), gus.nextDueDate());
        assertEquals("return interview", gus.nextDueFor());
    }

    @Test
    void anInterviewDeclinedInTimeStopsTheClock() {
        CaseloadEntry jo = entry("C-10");
        assertNull(jo.returnClock());
        assertEquals(Badge.OK, jo.badge());
        assertNull(jo.nextDueDate());
    }

    @Test
    void whatCannotBeWorkedOutSaysWhy() {
        assertEquals(Badge.UNKNOWN, entry("C-8").badge());
        assertTrue(entry("C-8").note().startsWith("The server sent no plans or placements"), entry("C-8").note());
        assertEquals(Badge.UNKNOWN, entry("C-9").badge());
        assertEquals("Cannot work out the due date (placement type 'moon_base' is unknown to this app): update the app",
                entry("C-9").note());
    }

    @Test
    void theClockSaysWhenTheInterviewIsOverdue() {
        CaseloadList later = new Caseload(store, Caseloads::deviceVisits,
                java.time.Clock.offset(Caseloads.CLOCK, Duration.ofHours(61))).load();
        CaseloadEntry gus = later.entries().stream().filter(e -> e.childId().equals("C-7")).findFirst().orElseThrow();

        assertEquals(ReturnClock.Kind.INTERVIEW_OVERDUE, gus.returnClock().kind());
        assertEquals("Return interview overdue by 5 h (due Wed 25 Nov 18:00)", gus.returnClock().describe(ZoneId.of("Europe/London")));
        assertEquals(Badge.OVERDUE, gus.badge());
        assertEquals(List.of("C-6", "C-7"), later.entries().subList(0, 2).stream().map(CaseloadEntry::childId).toList());
        assertEquals(0, later.policyVersion());
    }
}
