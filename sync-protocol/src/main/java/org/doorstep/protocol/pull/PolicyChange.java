package org.doorstep.protocol.pull;

import org.doorstep.protocol.policy.LocalPolicy;

/**
 * The council's local policy in force: on a first pull, and whenever an administrator saves a new
 * version. The device replaces the policy it holds and recomputes its due dates.
 */
public record PolicyChange(LocalPolicy policy) implements Change {
    public static final String TYPE = "policy";
}
