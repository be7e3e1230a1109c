package org.doorstep.mobile.store;

import java.util.Optional;

/**
 * Forms' content as typed, kept so that a form survives the app being killed: saved while the person types
 * and read back when the same form opens again. A draft is never sent; saving the form for real deletes it.
 * Keys name the form (e.g. {@code visit:C-1001}, {@code correction:<visit id>}); the content is the form's own
 * text (JSON), opaque here. {@link SqliteDraftStore} is the app's (inside the encrypted database);
 * {@link InMemoryDraftStore} behaves the same (one contract test runs on both).
 *
 * @throws StoreException from every method when the store fails
 */
public interface DraftStore {
    /** Keeps {@code content} as the draft of {@code formKey}, replacing any earlier one. */
    void save(String formKey, String content);

    /** The draft of {@code formKey}, if one is kept. */
    Optional<String> find(String formKey);

    /** Forgets the draft of {@code formKey}; nothing happens when there is none. */
    void delete(String formKey);
}
