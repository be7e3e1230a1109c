package org.doorstep.protocol.pull;

import org.doorstep.protocol.child.CaseloadChild;

/**
 * A child entered the device's caseload or changed (name, team, an episode added, changed or ended). Carries
 * the whole child as it stands now, episodes included: the device replaces what it holds of the child.
 */
public record ChildChange(CaseloadChild child) implements Change {
    public static final String TYPE = "child";
}
