package org.doorstep.mobile.pull;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.doorstep.mobile.store.StoreException;
import org.doorstep.protocol.pull.Change;

/**
 * The device's copy of what the server holds for its caseload, kept by the pull: the children with their
 * episodes, the latest version of each of their visits, missing episodes and return interviews, the council's
 * policy, and the server's cursor. Never the device's own records: a pull does not write those (see each
 * implementation for what a removal does to the device's sent visits).
 *
 * <p>Implementations: {@link SqliteCaseloadStore} (the device database) and {@link MemoryCaseloadStore} (tests,
 * benchmarks), held to the same contract by {@code CaseloadStoreContract}.
 */
public interface CaseloadStore {

    /** The cursor to pull after: the {@code nextCursor} of the last page applied; empty before the first. */
    Optional<String> cursor();

    /**
     * Applies one page of changes in order and keeps {@code nextCursor} with them: all of it, or (when any
     * change cannot be stored) none of it, the cursor included, so the page is pulled again. A page applied
     * when no cursor is held yet (a pull from the beginning) first drops every server copy held: the page and
     * those after it bring the whole caseload again. Applying a change twice is harmless: a record keeps its
     * highest version.
     *
     * @throws StoreException when a change lacks what must be stored (nothing of the page is kept), or the
     *                        storage fails
     */
    void applyPage(List<Change> changes, String nextCursor, Instant pulledAt);

    /**
     * The server answered {@code caseload_reset} (what the person may see changed): forgets the cursor, so that
     * the next page, pulled from the beginning, drops every server copy before it is applied. Until then the
     * copies held stay shown. The SQLite store also removes this device's own records the server acknowledged
     * (they come back as server copies if the person still sees their child); never one waiting or rejected.
     */
    void startAgain();

    /** Everything the caseload screen needs, read at one moment. */
    CaseloadSnapshot snapshot();

    /**
     * The version held of the server's missing episode or return interview {@code recordId}: what an update made
     * on this device is based on. Empty when the device holds no server copy of it.
     */
    Optional<Integer> missingRecordVersion(java.util.UUID recordId);
}
