package org.doorstep.mobile.visit;

import java.time.Clock;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.doorstep.mobile.store.VisitStore;
import org.doorstep.protocol.ApiError;
import org.doorstep.protocol.ErrorCode;
import org.doorstep.protocol.Ids;
import org.doorstep.protocol.visit.Visit;
import org.doorstep.protocol.visit.VisitValidator;

/**
 * Turns the form into a visit and saves it: the date and time are read in the device's zone and kept
 * with its UTC offset; the protocol's {@link VisitValidator} runs first, so a visit the server would
 * refuse for its content is caught here, with no signal. The form is stricter than the protocol: a type
 * must be chosen, and a child seen but not alone needs a reason from the regulation 29 list, with the
 * worker's words when the reason is "other" (the protocol accepts a visit without one, so that a visit
 * that happened is never lost; practice requires it).
 */
public final class VisitRecorder {
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");

    private final VisitStore store;
    private final Clock clock;

    /** {@code clock}'s zone is the device's: it decides the offset written into the visit. */
    public VisitRecorder(VisitStore store, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public Clock clock() {
        return clock;
    }

    /** Saves the form as a new visit, waiting to sync; or refuses it with the errors per field. */
    public SaveResult record(VisitDraft draft) {
        List<ApiError> errors = new ArrayList<>();
        Visit visit = check(Ids.newId(), draft, errors);
        return errors.isEmpty() ? new SaveResult.Saved(store.save(visit)) : new SaveResult.Invalid(errors);
    }

    /**
     * Saves the form as the device's new version of {@code held} (a correction, or a rejected visit fixed to be
     * sent again): the same visit id and child, every rule of a new visit.
     */
    public SaveResult correct(org.doorstep.mobile.store.LocalVisit held, VisitDraft draft) {
        List<ApiError> errors = new ArrayList<>();
        Visit visit = check(held.visit().id(), draft, errors);
        if (visit.childId() != null && !visit.childId().equals(held.visit().childId())) {
            errors.add(ApiError.onField(ErrorCode.INCONSISTENT, "childId",
                    "A correction cannot move the visit to another child (it is for " + held.visit().childId() + ")"));
        }
        return errors.isEmpty() ? new SaveResult.Saved(store.correct(visit)) : new SaveResult.Invalid(errors);
    }

    /** The visit {@code held} as the form shows it, to be corrected. */
    static VisitDraft draftOf(Visit held, java.time.ZoneId zone) {
        java.time.ZonedDateTime at = held.occurredAt().atZoneSameInstant(zone);
        boolean seen = Boolean.TRUE.equals(held.seen());
        return new VisitDraft(held.childId(), at.toLocalDate(), TIME.format(at.toLocalTime()), held.typeOrStatutory(),
                seen, Boolean.TRUE.equals(held.seenAlone()), held.notAloneCode(), held.notAloneReason(),
                held.bedroomSeen(), held.childViews(), held.observations(), held.actions(), held.notes());
    }

    /** The form as a visit with id {@code id}, and every problem with it in {@code errors}. */
    Visit check(UUID id, VisitDraft draft, List<ApiError> errors) {
        Visit visit = toVisit(id, draft, errors);
        boolean timeUnreadable = !errors.isEmpty();
        for (ApiError error : VisitValidator.validate(visit, clock.instant())) {
            if (!(timeUnreadable && "occurredAt".equals(error.field()))) {
                errors.add(error);
            }
        }
        if (visit.type() == null) {
            errors.add(ApiError.onField(ErrorCode.REQUIRED, "type", "Choose the type of visit"));
        }
        if (Boolean.TRUE.equals(visit.seen()) && Boolean.FALSE.equals(visit.seenAlone())) {
            if (visit.notAloneCode() == null) {
                errors.add(ApiError.onField(ErrorCode.REQUIRED, "notAloneCode", "Choose why the child was not seen alone"));
            } else if (Visit.OTHER_REASON.equals(visit.notAloneCode()) && visit.notAloneReason() == null) {
                errors.add(ApiError.onField(ErrorCode.REQUIRED, "notAloneReason", "Say why the child was not seen alone"));
            }
        }
        return visit;
    }

    private Visit toVisit(UUID id, VisitDraft draft, List<ApiError> errors) {
        OffsetDateTime occurredAt = occurredAt(draft, errors);
        boolean seen = draft.seen();
        boolean notAlone = seen && !draft.seenAlone();
        return new Visit(id, blankToNull(draft.childId()), occurredAt, OffsetDateTime.now(clock).withNano(0), seen,
                seen ? draft.seenAlone() : null,
                notAlone ? blankToNull(draft.notAloneReason()) : null,
                blankToNull(draft.notes()),
                blankToNull(draft.type()),
                notAlone ? blankToNull(draft.notAloneCode()) : null,
                draft.bedroomSeen(),
                blankToNull(draft.childViews()),
                blankToNull(draft.observations()),
                blankToNull(draft.actions()));
    }

    private OffsetDateTime occurredAt(VisitDraft draft, List<ApiError> errors) {
        String time = blankToNull(draft.time());
        if (draft.date() == null || time == null) {
            errors.add(ApiError.onField(ErrorCode.REQUIRED, "occurredAt", "Enter the date and time of the visit"));
            return null;
        }
        try {
            LocalTime at = LocalTime.parse(time, TIME);
            return ZonedDateTime.of(draft.date(), at, clock.getZone()).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            errors.add(ApiError.onField(ErrorCode.INVALID_FORMAT, "occurredAt", "Enter the time as hours:minutes, e.g. 14:30"));
            return null;
        }
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
