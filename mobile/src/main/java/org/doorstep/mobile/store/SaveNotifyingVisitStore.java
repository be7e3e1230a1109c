package org.doorstep.mobile.store;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.doorstep.protocol.push.MutationResult;
import org.doorstep.protocol.visit.Visit;

/** A {@link VisitStore} that runs {@code afterSave} once a save has committed (the app asks for a sync then). */
public final class SaveNotifyingVisitStore implements VisitStore {
    private final VisitStore store;
    private final Runnable afterSave;

    public SaveNotifyingVisitStore(VisitStore store, Runnable afterSave) {
        this.store = Objects.requireNonNull(store, "store");
        this.afterSave = Objects.requireNonNull(afterSave, "afterSave");
    }

    @Override
    public LocalVisit save(Visit visit) {
        LocalVisit saved = store.save(visit);
        afterSave.run();
        return saved;
    }

    @Override
    public LocalVisit correct(Visit corrected) {
        LocalVisit saved = store.correct(corrected);
        afterSave.run();
        return saved;
    }

    @Override
    public List<LocalVisit> list() {
        return store.list();
    }

    @Override
    public Optional<LocalVisit> find(UUID visitId) {
        return store.find(visitId);
    }

    @Override
    public List<OutboxEntry> outbox() {
        return store.outbox();
    }

    @Override
    public int countWaiting() {
        return store.countWaiting();
    }

    @Override
    public void applyResults(List<MutationResult> results) {
        store.applyResults(results);
    }
}
