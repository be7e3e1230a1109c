package org.doorstep.mobile.missing;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.doorstep.mobile.pull.CaseloadStore;
import org.doorstep.mobile.store.LocalMissing;
import org.doorstep.mobile.store.MissingStore;
import org.doorstep.protocol.ApiError;
import org.doorstep.protocol.ErrorCode;
import org.doorstep.protocol.Ids;
import org.doorstep.protocol.missing.MissingEpisode;
import org.doorstep.protocol.missing.MissingEpisodeValidator;
import org.doorstep.protocol.missing.ReturnInterview;
import org.doorstep.protocol.missing.ReturnInterviewValidator;

/**
 * Turns the missing episode and return interview forms into records and saves them: times read in the device's
 * zone and kept with its offset; the protocol's validators first, plus the form's own rules (the offer's time,
 * and the day and time the interview was held or declined, once the outcome says so). A save of a record the
 * device already holds, or of one pulled from the server, is an update of the version held. After a save
 * {@code afterSave} runs (the app asks the scheduler for a sync).
 */
public final class MissingRecorder {
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");

    /** The outcome of saving a form. */
    public sealed interface Result permits Saved, Invalid {
    }

    public record Saved(LocalMissing record) implements Result {
    }

    public record Invalid(List<ApiError> errors) implements Result {
        public Invalid {
            errors = List.copyOf(errors);
        }
    }

    private final MissingStore store;
    private final CaseloadStore pulled;
    private final Runnable afterSave;
    private final Clock clock;

    public MissingRecorder(MissingStore store, CaseloadStore pulled, Runnable afterSave, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.pulled = Objects.requireNonNull(pulled, "pulled");
        this.afterSave = Objects.requireNonNull(afterSave, "afterSave");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public Clock clock() {
        return clock;
    }

    public Result saveEpisode(EpisodeForm form) {
        List<ApiError> errors = new ArrayList<>();
        OffsetDateTime went = time(form.wentDate(), form.wentTime(), "wentMissingAt", true, errors);
        OffsetDateTime returned = time(form.returnedDate(), form.returnedTime(), "returnedAt", false, errors);
        UUID id = form.id() != null ? form.id() : Ids.newId();
        MissingEpisode episode = new MissingEpisode(id, blankToNull(form.childId()), went, returned, now(),
                blankToNull(form.policeReference()), blankToNull(form.notes()));
        addValidatorErrors(MissingEpisodeValidator.validate(episode, clock.instant()), errors);
        if (!errors.isEmpty()) {
            return new Invalid(errors);
        }
        LocalMissing saved = store.saveEpisode(episode, pulledVersion(id));
        afterSave.run();
        return new Saved(saved);
    }

    public Result saveInterview(InterviewForm form) {
        List<ApiError> errors = new ArrayList<>();
        String outcome = blankToNull(form.outcome());
        boolean notRequired = ReturnInterview.NOT_REQUIRED.equals(outcome);
        OffsetDateTime offered = time(form.offeredDate(), form.offeredTime(), "offeredAt", !notRequired, errors);
        boolean held = ReturnInterview.COMPLETED.equals(outcome) || ReturnInterview.DECLINED.equals(outcome);
        String heldField = ReturnInterview.DECLINED.equals(outcome) ? "declinedAt" : "completedAt";
        OffsetDateTime heldAt = held ? time(form.heldDate(), form.heldTime(), heldField, true, errors) : null;
        UUID id = form.id() != null ? form.id() : Ids.newId();
        ReturnInterview interview = new ReturnInterview(id, form.episodeId(), blankToNull(form.childId()), offered,
                ReturnInterview.COMPLETED.equals(outcome) ? heldAt : null,
                ReturnInterview.DECLINED.equals(outcome) ? heldAt : null,
                outcome, blankToNull(form.interviewerRole()),
                ReturnInterview.COMPLETED.equals(outcome) ? blankToNull(form.childAccount()) : null,
                ReturnInterview.COMPLETED.equals(outcome) ? blankToNull(form.risksIdentified()) : null,
                blankToNull(form.followUp()), notRequired ? blankToNull(form.notRequiredReason()) : null, now(),
                ReturnInterview.COMPLETED.equals(outcome) ? blankToNull(form.pushFactors()) : null,
                ReturnInterview.COMPLETED.equals(outcome) ? blankToNull(form.pullFactors()) : null);
        if (form.episodeId() == null) {
            errors.add(ApiError.onField(ErrorCode.REQUIRED, "episodeId", "Record the return first: an interview follows a missing episode"));
        }
        addValidatorErrors(ReturnInterviewValidator.validate(interview, clock.instant()), errors);
        if (!errors.isEmpty()) {
            return new Invalid(errors);
        }
        LocalMissing saved = store.saveInterview(interview, pulledVersion(id));
        afterSave.run();
        return new Saved(saved);
    }

    /** The server's version to update from, when the device does not hold the record itself. */
    private Integer pulledVersion(UUID id) {
        return store.find(id).isPresent() ? null : pulled.missingRecordVersion(id).orElse(null);
    }

    /** The validator's errors, except on a field whose time could not even be read (already reported). */
    private static void addValidatorErrors(List<ApiError> found, List<ApiError> errors) {
        for (ApiError error : found) {
            boolean reported = errors.stream().anyMatch(e -> Objects.equals(e.field(), error.field()));
            if (!reported && !"episodeId".equals(error.field())) {
                errors.add(error);
            }
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withNano(0);
    }

    private OffsetDateTime time(LocalDate date, String typed, String field, boolean required, List<ApiError> errors) {
        String time = blankToNull(typed);
        if (date == null && time == null) {
            if (required) {
                errors.add(ApiError.onField(ErrorCode.REQUIRED, field, "Enter the date and time"));
            }
            return null;
        }
        if (date == null || time == null) {
            errors.add(ApiError.onField(ErrorCode.REQUIRED, field, "Enter both the date and the time"));
            return null;
        }
        try {
            return ZonedDateTime.of(date, LocalTime.parse(time, TIME), clock.getZone()).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            errors.add(ApiError.onField(ErrorCode.INVALID_FORMAT, field, "Enter the time as hours:minutes, e.g. 14:30"));
            return null;
        }
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
