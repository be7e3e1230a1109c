package org.doorstep.server.sync;

import io.micronaut.http.HttpStatus;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.doorstep.protocol.ApiError;
import org.doorstep.protocol.ErrorCode;
import org.doorstep.server.web.ApiErrorException;

/**
 * The pull cursor, opaque on the wire so the server may change what it holds without breaking devices.
 *
 * <p>Changes are delivered in groups, one per change number: a record's version is a group of one; a child
 * entering the caller's caseload is a group of the child and all its records up to that number; number 0
 * is the built-in policy on a first pull. {@code dc1:N} means every group up to N was delivered;
 * {@code dc2:N:K} means every group before N and the first K items of group N (a page that ended inside a
 * large group). An absent cursor means "from the beginning" (before group 0). Either may end in {@code @E}:
 * the person's access epoch (their {@code scope_reset_seq}) when it was issued, absent for 0; a cursor from
 * another epoch is answered {@code caseload_reset} (the caseload is pulled again from the beginning).
 */
final class Cursor {
    private static final String WHOLE = "dc1:";
    private static final String PARTIAL = "dc2:";

    private Cursor() {
    }

    /**
     * A place in the change stream.
     *
     * @param after     every group numbered up to this was delivered (-1: nothing yet)
     * @param skipFirst how many items of group {@code after + 1} were delivered already
     */
    record Position(long after, int skipFirst, long epoch) {
        static final Position START = new Position(-1, 0, 0);

        Position(long after, int skipFirst) {
            this(after, skipFirst, 0);
        }
    }

    static String encode(long after, long epoch) {
        return text(WHOLE + after + suffix(epoch));
    }

    static String encodeWithin(long group, int delivered, long epoch) {
        return delivered == 0 ? encode(group - 1, epoch) : text(PARTIAL + group + ":" + delivered + suffix(epoch));
    }

    private static String suffix(long epoch) {
        return epoch == 0 ? "" : "@" + epoch;
    }

    static Position decode(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return Position.START;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
            long epoch = 0;
            int at = text.indexOf('@');
            if (at >= 0) {
                epoch = Long.parseLong(text.substring(at + 1));
                text = text.substring(0, at);
            }
            if (epoch < 0) {
                throw new IllegalArgumentException("negative epoch");
            }
            if (text.startsWith(WHOLE)) {
                long value = Long.parseLong(text.substring(WHOLE.length()));
                if (value >= 0) {
                    return new Position(value, 0, epoch);
                }
            } else if (text.startsWith(PARTIAL)) {
                String[] parts = text.substring(PARTIAL.length()).split(":");
                long group = Long.parseLong(parts[0]);
                int delivered = Integer.parseInt(parts[1]);
                if (parts.length == 2 && group >= 0 && delivered > 0) {
                    return new Position(group - 1, delivered, epoch);
                }
            }
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            // falls through to the refusal
        }
        throw new ApiErrorException(HttpStatus.BAD_REQUEST, ApiError.onField(ErrorCode.INVALID_CURSOR, "after",
                "The cursor was not issued by this server; pull again from the beginning without one"));
    }

    private static String text(String plain) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.US_ASCII));
    }
}
