package org.doorstep.mobile.store;

/** The session store contract on the in-memory twin. */
class InMemorySessionStoreTest extends SessionStoreContract {
    @Override
    SessionStore newStore() {
        return new InMemorySessionStore();
    }
}
