package org.doorstep.protocol.visit;

import java.time.Instant;

/** A visit as the server holds it: the device's record and the moment the server received it. */
public record StoredVisit(Visit visit, Instant receivedAt) {
}
