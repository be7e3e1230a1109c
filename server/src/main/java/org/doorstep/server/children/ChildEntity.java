package org.doorstep.server.children;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * A child known to the server. Children are server-owned: devices never create them.
 * {@code changeSeq} is the change number of the row's last change, for pull cursors.
 */
@MappedEntity("child")
public record ChildEntity(@Id String id, String displayName, String dateOfBirth, long changeSeq) {
}
