package org.doorstep.mobile.visit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.doorstep.mobile.store.DraftStore;
import org.doorstep.protocol.ProtocolJson;

/**
 * The visit form's drafts in the {@link DraftStore}: one per child for a new visit, one per visit for a
 * correction. Kept as JSON; a draft that can no longer be read (written by another version of the form) is
 * treated as none rather than stopping the form from opening. Each person's drafts are their own: stored
 * under their username, never offered to someone else signing in on the same device.
 */
final class VisitDrafts {
    private static final ObjectMapper JSON = ProtocolJson.newMapper();

    private final DraftStore store;
    private final String owner;

    VisitDrafts(DraftStore store, String owner) {
        this.store = Objects.requireNonNull(store, "store");
        this.owner = Objects.requireNonNull(owner, "owner").toLowerCase(Locale.ROOT);
    }

    /** The key in the store of {@code owner}'s draft of the form {@code formKey}. */
    static String storeKey(String owner, String formKey) {
        return owner.toLowerCase(Locale.ROOT) + "/" + formKey;
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
            store.save(storeKey(owner, key), JSON.writeValueAsString(draft));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A visit draft could not be written as JSON", e);
        }
    }

    Optional<VisitDraft> find(String key) {
        return store.find(storeKey(owner, key)).flatMap(json -> {
            try {
                return Optional.of(JSON.readValue(json, VisitDraft.class));
            } catch (JsonProcessingException unreadable) {
                return Optional.empty();
            }
        });
    }

    void delete(String key) {
        store.delete(storeKey(owner, key));
    }
}
