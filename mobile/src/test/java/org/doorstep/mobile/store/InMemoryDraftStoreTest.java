package org.doorstep.mobile.store;

/** The draft store contract on the in-memory twin. */
class InMemoryDraftStoreTest extends DraftStoreContract {
    @Override
    DraftStore newStore() {
        return new InMemoryDraftStore();
    }
}
