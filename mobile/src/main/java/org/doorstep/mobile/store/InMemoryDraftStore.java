package org.doorstep.mobile.store;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** {@link DraftStore} in memory, for tests and tools; the same contract as {@link SqliteDraftStore}. */
public final class InMemoryDraftStore implements DraftStore {
    private final Map<String, String> drafts = new HashMap<>();

    @Override
    public synchronized void save(String formKey, String content) {
        DraftKeys.check(formKey, content);
        drafts.put(formKey, content);
    }

    @Override
    public synchronized Optional<String> find(String formKey) {
        Objects.requireNonNull(formKey, "formKey");
        return Optional.ofNullable(drafts.get(formKey));
    }

    @Override
    public synchronized void delete(String formKey) {
        Objects.requireNonNull(formKey, "formKey");
        drafts.remove(formKey);
    }
}
