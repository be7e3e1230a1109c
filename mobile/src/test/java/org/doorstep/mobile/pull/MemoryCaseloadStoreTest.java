package org.doorstep.mobile.pull;

class MemoryCaseloadStoreTest extends CaseloadStoreContract {
    private final MemoryCaseloadStore store = new MemoryCaseloadStore();

    @Override
    CaseloadStore store() {
        return store;
    }
}
