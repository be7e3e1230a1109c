package org.doorstep.server.scope;

import jakarta.inject.Singleton;

/**
 * The scope before sign-in exists: every child the server knows. The server therefore listens on
 * loopback only by default. Replaced by allocation-based scoping with the people-and-access work.
 */
@Singleton
class EveryChildScope implements CaseloadScope {
    @Override
    public boolean includes(Caller caller, String childId) {
        return true;
    }
}
