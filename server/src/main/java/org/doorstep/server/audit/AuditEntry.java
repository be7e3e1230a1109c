package org.doorstep.server.audit;

import io.micronaut.core.annotation.Nullable;

/**
 * What is to be recorded about one access, before the log adds who, when and where.
 *
 * @param action  {@link AuditLog#READ}, {@link AuditLog#WRITE} or an administrative action
 * @param childId the child concerned, if any
 * @param subject what was touched
 * @param detail  free text
 */
public record AuditEntry(String action, @Nullable String childId, @Nullable String subject, @Nullable String detail) {
}
