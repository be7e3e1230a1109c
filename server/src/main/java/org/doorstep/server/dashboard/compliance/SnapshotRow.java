package org.doorstep.server.dashboard.compliance;

import io.micronaut.core.annotation.Nullable;

/** A child's snapshot with the names a page shows beside it. */
public record SnapshotRow(ChildSnapshot snapshot, String childName, @Nullable String workerName) {
    public String childId() {
        return snapshot.childId();
    }
}
