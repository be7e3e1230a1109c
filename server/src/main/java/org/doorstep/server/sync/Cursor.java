package org.doorstep.server.sync;

import io.micronaut.http.HttpStatus;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.doorstep.protocol.ApiError;
import org.doorstep.protocol.ErrorCode;
import org.doorstep.server.web.ApiErrorException;

/**
 * The pull cursor: the last change number a device has applied, opaque on the wire so the server may
 * change what it holds without breaking devices. An absent cursor means "from the beginning".
 */
final class Cursor {
    private static final String PREFIX = "dc1:";

    private Cursor() {
    }

    static String encode(long changeNumber) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((PREFIX + changeNumber).getBytes(StandardCharsets.US_ASCII));
    }

    static long decode(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return 0;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
            if (text.startsWith(PREFIX)) {
                long value = Long.parseLong(text.substring(PREFIX.length()));
                if (value >= 0) {
                    return value;
                }
            }
        } catch (IllegalArgumentException e) {
            // falls through to the refusal
        }
        throw new ApiErrorException(HttpStatus.BAD_REQUEST, ApiError.onField(ErrorCode.INVALID_CURSOR, "after",
                "The cursor was not issued by this server; pull again from the beginning without one"));
    }
}
