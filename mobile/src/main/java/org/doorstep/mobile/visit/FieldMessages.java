package org.doorstep.mobile.visit;

import org.doorstep.protocol.ApiError;

/** Words for the worker in place of the protocol's messages, which are written for developers. */
final class FieldMessages {
    private FieldMessages() {
    }

    static String text(ApiError error) {
        String field = error.field() == null ? "" : error.field();
        switch (field) {
            case "childId":
                return switch (error.code()) {
                    case REQUIRED -> "Choose the child, or type their id";
                    case INVALID_FORMAT -> "A child id is letters, digits, '-' or '_', e.g. C-1001";
                    default -> error.message();
                };
            case "occurredAt":
                return switch (error.code()) {
                    case IN_FUTURE -> "The visit is more than a day ahead: check the date and time";
                    case TOO_OLD -> "The date is before 2000: check it";
                    default -> error.message();
                };
            case "seenAlone":
                return "Say whether the child was seen alone";
            default:
                return error.message();
        }
    }
}
