package org.doorstep.mobile.sync;

import java.time.Instant;

/**
 * Where automatic sync stands, for the status line.
 *
 * @param running     a sync is running now
 * @param lastSuccess when a sync last completed, or null if never on this device
 * @param lastSummary what the last sync did, or null before the first one since the app was unlocked
 * @param failures    syncs in a row that stopped short (the server out of reach, say); 0 after a success
 * @param nextAttempt when the next sync is due, or null when none is planned (signed out, stopped)
 */
public record SyncStatus(boolean running, Instant lastSuccess, SyncSummary lastSummary, int failures,
                         Instant nextAttempt) {
}
