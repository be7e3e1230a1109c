package org.doorstep.server.children;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A child known to the server. Children are server-owned: devices never create them. */
@MappedEntity("child")
public record ChildEntity(@Id String id, String displayName, String dateOfBirth) {
}
