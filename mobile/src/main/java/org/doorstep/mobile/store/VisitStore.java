package org.doorstep.mobile.store;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.doorstep.protocol.push.MutationResult;
import org.doorstep.protocol.visit.Visit;

/**
 * The visits recorded on this device and the outbox of those still to be pushed. A visit and its outbox
 * entry are written together or not at all, and so are a batch's results: the device can never hold a
 * waiting visit without an outbox entry, nor mark one sent without removing it. {@link SqliteVisitStore}
 * is the app's; {@link InMemoryVisitStore} behaves the same in memory (the contract test runs on both).
 *
 * @throws StoreException from every method when the store fails (nothing of the failed call is kept)
 */
public interface VisitStore {
    /**
     * Saves a new visit as waiting to sync, with its outbox entry under a new operation id.
     *
     * @throws StoreException when a visit with the same id, or an outbox entry with the same operation id,
     *                        is already stored: then neither is written
     */
    LocalVisit save(Visit visit);

    /**
     * Saves {@code corrected} as the device's new version of a visit it holds (same id and child), waiting to
     * sync, with an outbox entry after any still there for the visit: a correction ({@code amend_visit}) of
     * the version the server holds, or will hold once the earlier entries are sent; a visit the server never
     * stored (rejected) is sent again as new. Written with its outbox entry in one transaction.
     *
     * @throws StoreException           when the device holds no visit with that id
     * @throws IllegalArgumentException when the correction names another child
     */
    LocalVisit correct(Visit corrected);

    /** Every visit on this device, the most recently recorded first. */
    List<LocalVisit> list();

    Optional<LocalVisit> find(UUID visitId);

    /** The visits still to push, oldest first, each with its operation id. */
    List<OutboxEntry> outbox();

    /** How many visits wait to be sent. */
    int countWaiting();

    /**
     * Applies the server's results for one pushed batch, all or nothing. Applied and duplicate: the visit is
     * sent (with the server's version) once no later entry of it is left, and the entry leaves the outbox.
     * Rejected: the visit keeps the server's reason and the entry leaves the outbox with any later entries of
     * the same visit (sending it again unchanged would be refused again; they were made from it). Conflict (a
     * correction from a stale version): the same, flagged with code {@code stale_version}, the server's
     * version as the one a new correction is based on, and a note describing the server's version. Results
     * for operations not in the outbox are ignored.
     */
    void applyResults(List<MutationResult> results);
}
