package org.doorstep.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.doorstep.protocol.visit.Visit;
import org.doorstep.protocol.visit.VisitValidator;
import org.junit.jupiter.api.Test;

class VisitValidatorTest {
    private static final Instant NOW = Instant.parse("2026-03-02T12:00:00Z");
    private static final OffsetDateTime MORNING = OffsetDateTime.parse("2026-03-02T09:30:00+00:00");

    private static Visit visit(String childId, OffsetDateTime at, Boolean seen, Boolean seenAlone, String notes) {
        return new Visit(UUID.randomUUID(), childId, at, MORNING, seen, seenAlone, null, notes);
    }

    @Test
    void aCompleteVisitIsValid() {
        assertEquals(List.of(), VisitValidator.validate(visit("C-1001", MORNING, true, true, "ok"), NOW));
    }

    @Test
    void everyMissingFieldIsNamed() {
        List<ApiError> errors = VisitValidator.validate(new Visit(null, null, null, null, null, null, null, null), NOW);

        assertEquals(List.of("id", "childId", "occurredAt", "recordedAt", "seen"),
                errors.stream().map(ApiError::field).toList());
        assertTrue(errors.stream().allMatch(e -> e.code() == ErrorCode.REQUIRED));
        assertEquals("occurredAt is required", errors.get(2).message());
    }

    @Test
    void seenAloneIsRequiredWhenTheChildWasSeen() {
        List<ApiError> errors = VisitValidator.validate(visit("C-1", MORNING, true, null, null), NOW);

        assertEquals(List.of(ApiError.onField(ErrorCode.REQUIRED, "seenAlone", "seenAlone is required when the child was seen")), errors);
    }

    @Test
    void aChildNotSeenCannotHaveBeenSeenAlone() {
        List<ApiError> errors = VisitValidator.validate(visit("C-1", MORNING, false, true, null), NOW);

        assertEquals(ErrorCode.INCONSISTENT, errors.get(0).code());
        assertEquals("seenAlone", errors.get(0).field());
    }

    @Test
    void aVisitIn2099IsRefusedButADeviceClockADayFastIsNot() {
        OffsetDateTime in2099 = OffsetDateTime.parse("2099-01-01T10:00:00Z");
        OffsetDateTime twentyHoursAhead = OffsetDateTime.parse("2026-03-03T08:00:00Z");

        assertEquals(ErrorCode.IN_FUTURE, VisitValidator.validate(visit("C-1", in2099, true, true, null), NOW).get(0).code());
        assertEquals(List.of(), VisitValidator.validate(visit("C-1", twentyHoursAhead, true, true, null), NOW));
    }

    @Test
    void childIdsWithSpacesOrMarkupAreRefused() {
        assertEquals(ErrorCode.INVALID_FORMAT, VisitValidator.validate(visit("<script>", MORNING, true, true, null), NOW).get(0).code());
        assertEquals(ErrorCode.INVALID_FORMAT, VisitValidator.validate(visit("C 1", MORNING, true, true, null), NOW).get(0).code());
    }

    @Test
    void notesOverTheLimitAreRefusedWithTheirLength() {
        String notes = "x".repeat(VisitValidator.MAX_NOTES_LENGTH + 1);

        ApiError error = VisitValidator.validate(visit("C-1", MORNING, true, true, notes), NOW).get(0);

        assertEquals(ErrorCode.TOO_LONG, error.code());
        assertEquals("notes is 20001 characters; at most 20000 are allowed", error.message());
    }

    private static Visit formVisit(String type, Boolean seen, Boolean seenAlone, String code, String views) {
        return new Visit(UUID.randomUUID(), "C-1", MORNING, MORNING, seen, seenAlone, "Mother stayed in the room",
                null, type, code, true, views, "Warm home", "Review in a week");
    }

    @Test
    void theFullFormIsValid() {
        assertEquals(List.of(), VisitValidator.validate(formVisit("statutory", true, false, "child_refused", "Likes school"), NOW));
        assertEquals(List.of(), VisitValidator.validate(formVisit("core_group", false, null, null, null), NOW));
    }

    @Test
    void anUnknownTypeOrReasonCodeIsNamedWithTheAllowedValues() {
        List<ApiError> errors = VisitValidator.validate(formVisit("home", true, false, "busy", null), NOW);

        assertEquals(List.of("type", "notAloneCode"), errors.stream().map(ApiError::field).toList());
        assertTrue(errors.stream().allMatch(e -> e.code() == ErrorCode.INVALID_FORMAT));
        assertEquals("type must be one of statutory, core_group, other; it was 'home'", errors.get(0).message());
    }

    @Test
    void aReasonCodeNeedsAChildSeenButNotAlone() {
        List<ApiError> seenAlone = VisitValidator.validate(formVisit("statutory", true, true, "unable", null), NOW);
        List<ApiError> notSeen = VisitValidator.validate(formVisit("statutory", false, null, "unable", null), NOW);

        assertEquals(List.of(ErrorCode.INCONSISTENT), seenAlone.stream().map(ApiError::code).toList());
        assertEquals("notAloneCode", seenAlone.get(0).field());
        assertEquals(List.of(ErrorCode.INCONSISTENT), notSeen.stream().map(ApiError::code).toList());
    }

    @Test
    void theFormsTextsAreCapped() {
        String tooLong = "x".repeat(VisitValidator.MAX_NOTES_LENGTH + 1);
        List<ApiError> errors = VisitValidator.validate(new Visit(UUID.randomUUID(), "C-1", MORNING, MORNING, true, true,
                null, null, "statutory", null, null, tooLong, tooLong, tooLong), NOW);

        assertEquals(List.of("childViews", "observations", "actions"), errors.stream().map(ApiError::field).toList());
        assertTrue(errors.stream().allMatch(e -> e.code() == ErrorCode.TOO_LONG));
    }

    @Test
    void anAbsentTypeIsAStatutoryVisit() {
        assertEquals("statutory", visit("C-1", MORNING, true, true, null).typeOrStatutory());
        assertEquals("other", formVisit("other", true, true, null, null).typeOrStatutory());
    }
}
