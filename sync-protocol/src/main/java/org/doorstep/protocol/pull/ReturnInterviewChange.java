package org.doorstep.protocol.pull;

import org.doorstep.protocol.missing.StoredReturnInterview;

/** A version of a return interview the device does not hold yet. */
public record ReturnInterviewChange(StoredReturnInterview interview) implements Change {
    public static final String TYPE = "return_interview";
}
