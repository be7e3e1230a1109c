package org.doorstep.server.sync;

import java.util.Map;
import org.doorstep.protocol.pull.PullResponse;

/**
 * A page of changes and, for the audit trail, how many changes carrying each child's data it holds.
 */
record PullPage(PullResponse response, Map<String, Integer> changesPerChild) {
}
