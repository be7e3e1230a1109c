package org.doorstep.server.children;

import io.micronaut.http.HttpStatus;
import org.doorstep.protocol.ApiError;
import org.doorstep.protocol.ErrorCode;
import org.doorstep.protocol.FieldChecks;
import org.doorstep.server.web.ApiErrorException;

/** The check every read by child id starts with: a well-formed id of a child that exists. */
public final class ChildIds {
    private ChildIds() {
    }

    /** Refuses a malformed id (400) or an unknown child (404). */
    public static void requireKnown(ChildRepository children, String childId) {
        if (!FieldChecks.CHILD_ID.matcher(childId).matches()) {
            throw new ApiErrorException(HttpStatus.BAD_REQUEST, ApiError.onField(ErrorCode.INVALID_FORMAT, "childId",
                    "childId must be 1 to 64 letters, digits, '-' or '_'"));
        }
        if (!children.existsById(childId)) {
            throw new ApiErrorException(HttpStatus.NOT_FOUND, ApiError.onField(ErrorCode.NOT_FOUND, "childId",
                    "No child with id " + childId));
        }
    }
}
