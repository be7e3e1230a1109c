package org.doorstep.mobile.status;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.doorstep.mobile.sync.SyncStatus;
import org.doorstep.mobile.sync.SyncSummary;
import org.junit.jupiter.api.Test;

class SyncStatusTextTest {
    /** 15:30 in London in winter (UTC), a Monday. */
    static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 23, 15, 30, 0, 0, ZoneId.of("Europe/London"));
    static final SyncSummary UNREACHABLE = new SyncSummary(0, 0, 2, "Cannot reach the server.");

    @Test
    void pendingVisitsAndTheLastSyncToday() {
        SyncStatus status = new SyncStatus(false, Instant.parse("2026-11-23T14:05:00Z"), null, 0, null);

        assertEquals("2 waiting to sync · last synced 14:05", SyncStatusText.describe(status, 2, NOW));
        assertEquals("All sent · last synced 14:05", SyncStatusText.describe(status, 0, NOW));
        assertEquals("last synced 14:05", SyncStatusText.describe(status, -1, NOW));
    }

    @Test
    void aSyncRunningSaysSo() {
        SyncStatus running = new SyncStatus(true, Instant.parse("2026-11-23T14:05:00Z"), null, 2, Instant.parse("2026-11-23T15:31:00Z"));

        assertEquals("Syncing... · 1 waiting to sync · last synced 14:05", SyncStatusText.describe(running, 1, NOW));
    }

    @Test
    void neverSyncedAndYesterdayAndEarlier() {
        assertEquals("3 waiting to sync · never synced on this device",
                SyncStatusText.describe(new SyncStatus(false, null, null, 0, null), 3, NOW));
        assertEquals("All sent · last synced yesterday 23:50", SyncStatusText.describe(
                new SyncStatus(false, Instant.parse("2026-11-22T23:50:00Z"), null, 0, null), 0, NOW));
        assertEquals("All sent · last synced 3 Jun 09:15", SyncStatusText.describe(
                new SyncStatus(false, Instant.parse("2026-06-03T08:15:00Z"), null, 0, null), 0, NOW), "BST shown as local time");
    }

    @Test
    void whileTheServerIsOutOfReachItSaysWhenTheNextTryIs() {
        SyncStatus failing = new SyncStatus(false, Instant.parse("2026-11-23T09:12:00Z"), UNREACHABLE, 3,
                Instant.parse("2026-11-23T15:34:00Z"));

        assertEquals("2 waiting to sync · last synced 09:12 · no connection to the server; next try 15:34",
                SyncStatusText.describe(failing, 2, NOW));
    }
}
