package org.doorstep.mobile.visit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Objects;
import java.util.Optional;
import org.doorstep.mobile.store.DraftStore;
import org.doorstep.protocol.ProtocolJson;

/**
 * The visit form's drafts in the {@link DraftStore}: one per child for a new visit, one per visit for a
 * correction. Kept as JSON; a draft that can no longer be read (written by another version of the form) is
 * treated as none rather than stopping the form from opening.
 */
final class VisitDrafts {
    private static final ObjectMapper JSON = ProtocolJson.newMapper();

    private final DraftStore store;

    VisitDrafts(DraftStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /** The key of a new visit's draft for {@code childId} (null: the form opened with no child). */
    static String newVisitKey(String childId) {
        return "visit:" + (childId == null ? "" : childId);
    }

    /** The key of the draft correcting visit {@code visitId}. */
    static String correctionKey(Object visitId) {
        return "correction:" + visitId;
    }

    void save(String key, VisitDraft draft) {
        try {
            store.save(key, JSON.writeValueAsString(draft));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A visit draft could not be written as JSON", e);
        }
    }

    Optional<VisitDraft> find(String key) {
        return store.find(key).flatMap(json -> {
            try {
                return Optional.of(JSON.readValue(json, VisitDraft.class));
            } catch (JsonProcessingException unreadable) {
                return Optional.empty();
            }
        });
    }

    void delete(String key) {
        store.delete(key);
    }
}
