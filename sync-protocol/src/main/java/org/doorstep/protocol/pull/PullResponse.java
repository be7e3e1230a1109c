package org.doorstep.protocol.pull;

import java.time.Instant;
import java.util.List;

/**
 * One page of server changes after the device's cursor, oldest first.
 *
 * @param serverTime  the server's clock, for the device to notice its own clock's skew
 * @param changes     at most the requested limit of changes
 * @param nextCursor  opaque; send it as {@code after} on the next pull, and keep it only once the page
 *                    is applied
 * @param hasMore     whether another page is ready now
 */
public record PullResponse(Instant serverTime, List<Change> changes, String nextCursor, boolean hasMore) {
    /** The page size a server uses when the device names none. */
    public static final int DEFAULT_LIMIT = 500;
    /** The largest page a server returns. */
    public static final int MAX_LIMIT = 2_000;
}
