package org.doorstep.mobile.sync;

/**
 * What one sync did.
 *
 * @param sent         visits the server acknowledged in this sync (applied or duplicate)
 * @param rejected     visits the server refused in this sync
 * @param stillWaiting visits on the device still waiting to be sent after it
 * @param errorMessage why the sync stopped short, for the worker; null when it completed
 */
public record SyncSummary(int sent, int rejected, int stillWaiting, String errorMessage) {

    public boolean completed() {
        return errorMessage == null;
    }

    /** One line for the status bar, e.g. "Sync: 3 sent, 1 rejected, 0 waiting." */
    public String describe() {
        String counts = "Sync: " + sent + " sent, " + rejected + " rejected, " + stillWaiting + " waiting.";
        return completed() ? counts : counts + " " + errorMessage;
    }
}
