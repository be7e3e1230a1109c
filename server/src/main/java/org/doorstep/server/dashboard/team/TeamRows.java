package org.doorstep.server.dashboard.team;

import java.util.List;
import org.doorstep.server.dashboard.compliance.SnapshotRow;

/** The team pages' ordering and list lines, for other pages that list children the same way. */
public final class TeamRows {
    private TeamRows() {
    }

    public static List<SnapshotRow> ordered(List<SnapshotRow> rows, Filters filters) {
        return Overview.ordered(rows, filters);
    }

    public static ChildListPage.ChildLine line(SnapshotRow row, Filters filters) {
        return TeamController.line(row, filters);
    }
}
