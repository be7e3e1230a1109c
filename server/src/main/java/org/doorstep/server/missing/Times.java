package org.doorstep.server.missing;

import java.time.Instant;
import java.time.OffsetDateTime;
import org.doorstep.server.db.TimeText;

final class Times {
    private Times() {
    }

    /** The latest of the present times, or null when none is. */
    static Instant latest(OffsetDateTime... times) {
        Instant latest = null;
        for (OffsetDateTime time : times) {
            if (time != null && (latest == null || time.toInstant().isAfter(latest))) {
                latest = time.toInstant();
            }
        }
        return latest;
    }

    static String text(OffsetDateTime time) {
        return time == null ? null : TimeText.of(time.toInstant());
    }
}
