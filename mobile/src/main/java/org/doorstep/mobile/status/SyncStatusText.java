package org.doorstep.mobile.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.doorstep.mobile.sync.SyncStatus;

/**
 * The status line's words: how many visits wait, when the device last synced, and while the server cannot
 * be reached, when it tries again. E.g. {@code 2 waiting to sync · last synced 14:05}.
 */
public final class SyncStatusText {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.UK);
    private static final String SEPARATOR = " · ";

    private SyncStatusText() {
    }

    /**
     * @param pending visits waiting to be sent, or a negative number when not known
     * @param now     the device's time and zone: times are shown in it
     */
    public static String describe(SyncStatus status, int pending, ZonedDateTime now) {
        StringBuilder text = new StringBuilder();
        if (status.running()) {
            text.append("Syncing...").append(SEPARATOR);
        }
        if (pending == 0) {
            text.append("All sent");
        } else if (pending > 0) {
            text.append(pending).append(" waiting to sync");
        }
        if (pending >= 0) {
            text.append(SEPARATOR);
        }
        text.append(status.lastSuccess() == null ? "never synced on this device"
                : "last synced " + when(status.lastSuccess(), now));
        if (!status.running() && status.failures() > 0 && status.nextAttempt() != null) {
            text.append(SEPARATOR).append("no connection to the server; next try ").append(when(status.nextAttempt(), now));
        }
        return text.toString();
    }

    /** {@code 14:05}, {@code yesterday 14:05} or {@code 3 Jun 14:05}, in {@code now}'s zone. */
    static String when(Instant instant, ZonedDateTime now) {
        ZonedDateTime at = instant.atZone(now.getZone());
        LocalDate day = at.toLocalDate();
        if (day.equals(now.toLocalDate())) {
            return TIME.format(at);
        }
        if (day.equals(now.toLocalDate().minusDays(1))) {
            return "yesterday " + TIME.format(at);
        }
        return DAY_AND_TIME.format(at);
    }
}
