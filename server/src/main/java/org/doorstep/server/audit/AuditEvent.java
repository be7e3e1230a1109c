package org.doorstep.server.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/**
 * One entry of the audit trail, as administrators read it.
 *
 * @param id         the entry's id
 * @param recordedAt server time
 * @param userId     who (null for events without a person)
 * @param username   who, as their username was at the time
 * @param deviceId   the device or browser session
 * @param channel    sync, api or web
 * @param action     read or write (or an administrative action such as policy_saved)
 * @param childId    the child concerned, if any
 * @param subject    what was touched, e.g. {@code visit:3f1c... v2}
 * @param detail     free text
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AuditEvent(String id, Instant recordedAt, @Nullable String userId, @Nullable String username,
                         @Nullable String deviceId, String channel, String action, @Nullable String childId,
                         @Nullable String subject, @Nullable String detail) {
}
