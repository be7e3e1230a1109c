package org.doorstep.mobile.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.doorstep.protocol.visit.ChildSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChildStoreTest {
    @TempDir
    Path dataDir;

    @Test
    void replacedListIsKeptAcrossReopeningSortedByName() {
        try (LocalDatabase database = LocalDatabase.open(dataDir, TestKeys.fixed())) {
            ChildStore children = new ChildStore(database);
            assertEquals(List.of(), children.list());
            children.replaceAll(List.of(new ChildSummary("C-1", "Old Name")));
            children.replaceAll(List.of(new ChildSummary("C-1002", "Ben Sample"), new ChildSummary("C-1001", "Ava Example")));
        }
        try (LocalDatabase database = LocalDatabase.open(dataDir, TestKeys.fixed())) {
            assertEquals(List.of(new ChildSummary("C-1001", "Ava Example"), new ChildSummary("C-1002", "Ben Sample")),
                    new ChildStore(database).list());
        }
    }
}
