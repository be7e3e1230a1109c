package org.doorstep.server.dashboard.worker;

import java.util.List;
import org.doorstep.server.dashboard.team.ChildListPage;

/**
 * A worker's caseload and their devices' last sync.
 *
 * @param scopeNote  whose children are listed (a manager sees only their own team's)
 */
public record WorkerPage(String workerName, String teamName, String scopeNote, List<DeviceLine> devices,
                         List<ChildListPage.ChildLine> children, String csvHref, boolean staleDevice) {

    /**
     * @param lastSync   when the device last reached the server
     * @param warning    a risk to act on (not synced for days, revoked), or empty
     */
    public record DeviceLine(String name, String lastSync, String registered, String warning) {
    }
}
