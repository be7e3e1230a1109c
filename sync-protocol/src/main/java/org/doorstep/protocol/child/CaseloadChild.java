package org.doorstep.protocol.child;

import java.time.LocalDate;
import org.doorstep.protocol.visit.ChildSummary;

/**
 * A child on a device's caseload, as a pull's {@code child} change carries it: who the child is and what the
 * compliance rules need to work out the child's next visit offline. The device replaces what it holds of the
 * child with this, episodes included.
 *
 * <p>On the wire this is a superset of {@link ChildSummary} ({@code id}, {@code displayName}): an app that
 * knows only those two fields reads it unchanged and ignores the rest.
 *
 * @param id          the server's id of the child
 * @param displayName the name workers know the child by
 * @param dateOfBirth the child's date of birth; null only from a server that does not send it
 * @param teamId      the team holding the case, or null when none does
 * @param episodes    the plans, placements and arrangements that decide which visiting rules apply, every
 *                    one the server holds (ended ones too); null only from a server that does not send them
 *                    (the device then cannot work out due dates)
 */
public record CaseloadChild(String id, String displayName, LocalDate dateOfBirth, String teamId, ChildEpisodes episodes) {

    /** A child with nothing but its id and name: what servers before episodes sent. */
    public static CaseloadChild named(String id, String displayName) {
        return new CaseloadChild(id, displayName, null, null, null);
    }

    /** The id and name, as the children list shows them. */
    public ChildSummary summary() {
        return new ChildSummary(id, displayName);
    }
}
