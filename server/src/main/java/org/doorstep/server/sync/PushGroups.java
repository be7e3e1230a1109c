package org.doorstep.server.sync;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import org.doorstep.protocol.push.PushResponse;

/** The transactions {@link PushCommits} opens: a group of pushes together, or one push alone. */
@Singleton
class PushGroups {
    private final PushTransaction transaction;

    PushGroups(PushTransaction transaction) {
        this.transaction = transaction;
    }

    /** Applies every push of {@code group} in one transaction: all of them commit, or none does. */
    @Transactional
    public List<PushResponse> applyAll(List<PushCommits.Pending> group) {
        List<PushResponse> responses = new ArrayList<>(group.size());
        for (PushCommits.Pending pending : group) {
            responses.add(applyOne(pending));
        }
        return responses;
    }

    /** Applies one push; in its own transaction unless a group's is open. */
    @Transactional
    public PushResponse applyOne(PushCommits.Pending pending) {
        return transaction.apply(pending.push(), pending.prepared(), pending.caller(), pending.now());
    }
}
