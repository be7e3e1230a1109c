package org.doorstep.mobile.pull;

import java.time.Clock;
import java.util.Objects;
import org.doorstep.mobile.sync.Authenticator;
import org.doorstep.mobile.sync.SyncClient;
import org.doorstep.mobile.sync.SyncFailure;
import org.doorstep.protocol.ErrorCode;
import org.doorstep.protocol.pull.PullResponse;

/**
 * Pulls the server's changes after the device's cursor, page by page, each page applied with its cursor in one
 * local transaction ({@link CaseloadStore#applyPage}). Stopped at any point (no connection, the app killed), it
 * resumes from the last page applied: nothing is skipped, and a page pulled twice is harmless. Blocks on the
 * network: never call it on the UI thread.
 */
public final class Puller {
    /** A server that keeps saying more is ready after this many pages is treated as broken. */
    static final int MAX_PAGES = 10_000;

    private final CaseloadStore store;
    private final SyncClient client;
    private final Authenticator auth;
    private final Clock clock;
    private final int pageSize;

    public Puller(CaseloadStore store, SyncClient client, Authenticator auth, Clock clock) {
        this(store, client, auth, clock, PullResponse.DEFAULT_LIMIT);
    }

    /** {@code pageSize}: at most this many changes per page, 1 to {@link PullResponse#MAX_LIMIT}. */
    public Puller(CaseloadStore store, SyncClient client, Authenticator auth, Clock clock, int pageSize) {
        this.store = Objects.requireNonNull(store, "store");
        this.client = Objects.requireNonNull(client, "client");
        this.auth = Objects.requireNonNull(auth, "auth");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (pageSize < 1 || pageSize > PullResponse.MAX_LIMIT) {
            throw new IllegalArgumentException("pageSize must be 1 to " + PullResponse.MAX_LIMIT + ", was " + pageSize);
        }
        this.pageSize = pageSize;
    }

    /**
     * Pulls until the server has nothing more ready.
     *
     * @return the number of pages applied
     * @throws SyncFailure when a request fails; the pages applied before it are kept
     * @throws org.doorstep.mobile.store.StoreException when a page cannot be stored; it is pulled again next time
     */
    public int pullAll() throws SyncFailure {
        boolean startedAgain = false;
        for (int pages = 0; pages < MAX_PAGES; ) {
            String after = store.cursor().orElse(null);
            PullResponse page;
            try {
                page = auth.authorized(token -> client.pull(auth.device().id(), after, pageSize, token));
            } catch (SyncFailure.Refused e) {
                if (after == null || startedAgain || !e.is(ErrorCode.CASELOAD_RESET)) {
                    throw e;
                }
                // What this person may see changed: the caseload is pulled again from the beginning.
                store.startAgain();
                startedAgain = true;
                continue;
            }
            store.applyPage(page.changes(), page.nextCursor(), clock.instant());
            pages++;
            if (!page.hasMore()) {
                return pages;
            }
        }
        throw new SyncFailure.ProtocolError("the server still had more changes after " + MAX_PAGES + " pages", null);
    }
}
