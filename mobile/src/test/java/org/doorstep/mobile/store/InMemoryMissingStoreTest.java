package org.doorstep.mobile.store;

/** The missing store contract on the in-memory twin. */
class InMemoryMissingStoreTest extends MissingStoreContract {
    @Override
    MissingStore newStore() {
        return new InMemoryMissingStore();
    }
}
