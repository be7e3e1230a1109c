package org.doorstep.mobile.caseload;

import java.time.Instant;
import java.util.List;

/**
 * The caseload as opened: the children in the order to show them, and what the due dates rest on.
 *
 * @param entries       missing children first, then running return-interview clocks (nearest deadline first), then
 *                      by urgency and next due date
 * @param policyVersion the council policy version the due dates use; null when none was pulled yet (the
 *                      standard settings are used)
 * @param pulledAt      when the device last received the server's changes; null before the first pull
 */
public record CaseloadList(List<CaseloadEntry> entries, Integer policyVersion, Instant pulledAt) {
    public CaseloadList {
        entries = List.copyOf(entries);
    }
}
