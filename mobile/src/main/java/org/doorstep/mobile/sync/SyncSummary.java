package org.doorstep.mobile.sync;

import java.util.Objects;

/**
 * What one sync did.
 *
 * @param sent         visits the server acknowledged in this sync (applied or duplicate)
 * @param rejected     visits the server refused in this sync
 * @param stillWaiting visits on the device still waiting to be sent after it
 * @param errorMessage why the sync stopped short, or what the revocation of the device did, for the worker;
 *                     null when it completed
 * @param session      what became of the sign-in
 */
public record SyncSummary(int sent, int rejected, int stillWaiting, String errorMessage, Session session) {

    /** What became of the sign-in during a sync. */
    public enum Session {
        /** Still signed in (or offline, still holding the sign-in). */
        CONTINUES,
        /** Nobody is signed in, or the server ended the sign-in: sign in again. Unsent visits are kept. */
        SIGN_IN_REQUIRED,
        /** The device was revoked; everything unsent was pushed, then the local copy was wiped. */
        REVOKED_AND_WIPED,
        /** The device was revoked; some visits could not be sent and are kept until they are. */
        REVOKED_UNSENT_KEPT
    }

    public SyncSummary {
        Objects.requireNonNull(session, "session");
    }

    public SyncSummary(int sent, int rejected, int stillWaiting, String errorMessage) {
        this(sent, rejected, stillWaiting, errorMessage, Session.CONTINUES);
    }

    public boolean completed() {
        return errorMessage == null;
    }

    /** One line for the status bar, e.g. "Sync: 3 sent, 1 rejected, 0 waiting." */
    public String describe() {
        String counts = "Sync: " + sent + " sent, " + rejected + " rejected, " + stillWaiting + " waiting.";
        return completed() ? counts : counts + " " + errorMessage;
    }
}
