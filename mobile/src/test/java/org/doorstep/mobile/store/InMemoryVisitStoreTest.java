package org.doorstep.mobile.store;

import java.time.Clock;
import java.util.UUID;
import java.util.function.Supplier;

/** The visit store contract on the in-memory twin. */
class InMemoryVisitStoreTest extends VisitStoreContract {
    @Override
    VisitStore newStore(Supplier<UUID> operationIds) {
        return new InMemoryVisitStore(operationIds, Clock.systemUTC());
    }
}
