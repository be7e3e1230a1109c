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
import org.doorstep.mobile.store.VisitStore;
import org.doorstep.protocol.ApiError;
import org.doorstep.protocol.ErrorCode;
import org.doorstep.protocol.Ids;
import org.doorstep.protocol.visit.Visit;
import org.doorstep.protocol.visit.VisitValidator;

/**
 * Turns the form into a visit and saves it: the date and time are read in the device's zone and kept
 * with its UTC offset; the protocol's {@link VisitValidator} runs first, so a visit the server would
 * refuse for its content is caught here, with no signal. The form also insists on a reason when the
 * child was seen but not alone (the protocol allows it to be absent; practice does not).
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

    public SaveResult record(VisitDraft draft) {
        List<ApiError> errors = new ArrayList<>();
        Visit visit = toVisit(draft, errors);
        boolean timeUnreadable = !errors.isEmpty();
        for (ApiError error : VisitValidator.validate(visit, clock.instant())) {
            if (!(timeUnreadable && "occurredAt".equals(error.field()))) {
                errors.add(error);
            }
        }
        if (Boolean.TRUE.equals(visit.seen()) && Boolean.FALSE.equals(visit.seenAlone()) && visit.notAloneReason() == null) {
            errors.add(ApiError.onField(ErrorCode.REQUIRED, "notAloneReason", "Say why the child was not seen alone"));
        }
        if (!errors.isEmpty()) {
            return new SaveResult.Invalid(errors);
        }
        return new SaveResult.Saved(store.save(visit));
    }

    private Visit toVisit(VisitDraft draft, List<ApiError> errors) {
        OffsetDateTime occurredAt = occurredAt(draft, errors);
        boolean seen = draft.seen();
        Boolean seenAlone = seen ? draft.seenAlone() : null;
        String reason = seen && !draft.seenAlone() ? blankToNull(draft.notAloneReason()) : null;
        return new Visit(Ids.newId(), blankToNull(draft.childId()), occurredAt,
                OffsetDateTime.now(clock).withNano(0), seen, seenAlone, reason, blankToNull(draft.notes()), Visit.STATUTORY,
                null, null, null, null, null);
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

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
