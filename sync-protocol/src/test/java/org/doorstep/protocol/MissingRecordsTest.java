package org.doorstep.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.doorstep.protocol.missing.MissingEpisode;
import org.doorstep.protocol.missing.MissingEpisodeValidator;
import org.doorstep.protocol.missing.ReturnInterview;
import org.doorstep.protocol.missing.ReturnInterviewValidator;
import org.doorstep.protocol.missing.StoredMissingEpisode;
import org.doorstep.protocol.pull.Change;
import org.doorstep.protocol.pull.ReturnInterviewChange;
import org.doorstep.protocol.push.Mutation;
import org.doorstep.protocol.push.MutationResult;
import org.doorstep.protocol.push.UpdateReturnInterview;
import org.doorstep.protocol.visit.StoredVisit;
import org.doorstep.protocol.visit.Visit;
import org.junit.jupiter.api.Test;

class MissingRecordsTest {
    private static final Instant NOW = Instant.parse("2026-03-09T12:00:00Z");
    private static final UUID EPISODE = UUID.fromString("6a0c1d52-8f6e-4e47-b0c3-5d1f0a7b9c11");
    private static final UUID INTERVIEW = UUID.fromString("9b3e7f20-2c4d-4a8e-8f61-3e2d1c0b5a77");
    private static final OffsetDateTime WENT = OffsetDateTime.parse("2026-03-06T21:00:00Z");
    private static final OffsetDateTime BACK = OffsetDateTime.parse("2026-03-07T18:00:00Z");
    private static final OffsetDateTime OFFERED = OffsetDateTime.parse("2026-03-08T10:00:00Z");
    private static final OffsetDateTime LATER = OffsetDateTime.parse("2026-03-09T10:00:00Z");
    private final ObjectMapper json = ProtocolJson.newMapper();

    private static MissingEpisode episode(OffsetDateTime went, OffsetDateTime back) {
        return new MissingEpisode(EPISODE, "C-1003", went, back, LATER, "MP-2026-0412", null);
    }

    private static ReturnInterview interview(OffsetDateTime offered, OffsetDateTime completed, OffsetDateTime declined,
                                             String outcome, String notRequiredReason) {
        return new ReturnInterview(INTERVIEW, EPISODE, "C-1003", offered, completed, declined, outcome,
                "independent return interview worker", null, null, null, notRequiredReason, LATER);
    }

    private static List<String> fields(List<ApiError> errors) {
        return errors.stream().map(ApiError::field).toList();
    }

    @Test
    void anEpisodeStillMissingIsValidAndOneReturnedBeforeItStartedIsNot() {
        assertEquals(List.of(), MissingEpisodeValidator.validate(episode(WENT, null), NOW));
        assertEquals(List.of(), MissingEpisodeValidator.validate(episode(WENT, BACK), NOW));

        List<ApiError> errors = MissingEpisodeValidator.validate(episode(BACK, WENT), NOW);
        assertEquals(List.of("returnedAt"), fields(errors));
        assertEquals(ErrorCode.INCONSISTENT, errors.get(0).code());
    }

    @Test
    void everyMissingEpisodeFieldIsNamed() {
        List<ApiError> errors = MissingEpisodeValidator.validate(new MissingEpisode(null, null, null, null, null, null, null), NOW);

        assertEquals(List.of("id", "childId", "wentMissingAt", "recordedAt"), fields(errors));
    }

    @Test
    void anEpisodeIn2099IsRefused() {
        List<ApiError> errors = MissingEpisodeValidator.validate(episode(OffsetDateTime.parse("2099-01-01T00:00:00Z"), null), NOW);

        assertEquals(ErrorCode.IN_FUTURE, errors.get(0).code());
        assertEquals("wentMissingAt", errors.get(0).field());
    }

    @Test
    void interviewOutcomesMustMatchTheirTimes() {
        assertEquals(List.of(), ReturnInterviewValidator.validate(interview(OFFERED, null, null, null, null), NOW));
        assertEquals(List.of(), ReturnInterviewValidator.validate(interview(OFFERED, LATER, null, "completed", null), NOW));
        assertEquals(List.of(), ReturnInterviewValidator.validate(interview(OFFERED, null, LATER, "declined", null), NOW));
        assertEquals(List.of(), ReturnInterviewValidator.validate(interview(null, null, null, "not_required", "Returned within the hour; manager J. Patel agreed"), NOW));

        assertEquals(List.of("completedAt"), fields(ReturnInterviewValidator.validate(interview(OFFERED, null, null, "completed", null), NOW)));
        assertEquals(List.of("declinedAt"), fields(ReturnInterviewValidator.validate(interview(OFFERED, null, null, "declined", null), NOW)));
        assertEquals(List.of("offeredAt"), fields(ReturnInterviewValidator.validate(interview(null, LATER, null, "completed", null), NOW)));
        assertEquals(List.of("declinedAt"), fields(ReturnInterviewValidator.validate(interview(OFFERED, LATER, LATER, "completed", null), NOW)));
        assertEquals(List.of("outcome"), fields(ReturnInterviewValidator.validate(interview(OFFERED, LATER, null, null, null), NOW)));
        assertEquals(List.of("notRequiredReason"), fields(ReturnInterviewValidator.validate(interview(null, null, null, "not_required", " "), NOW)));
        assertEquals(List.of("completedAt"), fields(ReturnInterviewValidator.validate(interview(LATER, OFFERED, null, "completed", null), NOW)));

        List<ApiError> unknown = ReturnInterviewValidator.validate(interview(OFFERED, null, null, "refused", null), NOW);
        assertEquals(ErrorCode.INVALID_FORMAT, unknown.get(0).code());
        assertTrue(unknown.get(0).message().contains("'refused'"), unknown.get(0).message());
    }

    @Test
    void pushAndPullFactorsTravelByNameAreLeftOutWhenAbsentAndAreLimitedInLength() throws Exception {
        ReturnInterview held = new ReturnInterview(INTERVIEW, EPISODE, "C-1003", OFFERED, LATER, null, "completed",
                "independent return interview worker", "Stayed at a friend's flat", null, null, null, LATER,
                "Rows at home about school", "An older friend offers a place to stay");

        String text = json.writeValueAsString(held);
        assertTrue(text.contains("\"pushFactors\":\"Rows at home about school\""), text);
        assertTrue(text.contains("\"pullFactors\":\"An older friend offers a place to stay\""), text);
        assertEquals(held, json.readValue(text, ReturnInterview.class));
        String older = json.writeValueAsString(interview(OFFERED, null, null, null, null));
        assertFalse(older.contains("Factors"), "absent, not null: an older device's record fingerprints the same");

        ReturnInterview tooLong = new ReturnInterview(INTERVIEW, EPISODE, "C-1003", OFFERED, LATER, null, "completed",
                null, null, null, null, null, LATER, "x".repeat(ReturnInterviewValidator.MAX_TEXT_LENGTH + 1), "ok");
        List<ApiError> errors = ReturnInterviewValidator.validate(tooLong, NOW);
        assertEquals(List.of("pushFactors"), fields(errors));
        assertEquals(ErrorCode.TOO_LONG, errors.get(0).code());
    }

    @Test
    void interviewMutationsAndChangesTravelByTheirWireNames() throws Exception {
        String text = json.writeValueAsString(new UpdateReturnInterview(UUID.randomUUID(), 1,
                interview(OFFERED, LATER, null, "completed", null)));
        assertTrue(text.contains("\"type\":\"update_return_interview\""), text);
        assertTrue(text.contains("\"baseVersion\":1"), text);
        assertInstanceOf(UpdateReturnInterview.class, json.readValue(text, Mutation.class));

        Change change = json.readValue("""
                {"type":"return_interview","interview":{"interview":{"id":"%s","episodeId":"%s","childId":"C-1003",
                 "offeredAt":"2026-03-08T10:00:00Z","recordedAt":"2026-03-08T10:01:00Z"},
                 "version":1,"latest":true,"receivedAt":"2026-03-08T10:05:00Z"}}""".formatted(INTERVIEW, EPISODE), Change.class);
        assertEquals(OFFERED, ((ReturnInterviewChange) change).interview().interview().offeredAt());
    }

    @Test
    void aConflictCarriesTheServersVersionOfWhicheverRecordItIs() throws Exception {
        StoredMissingEpisode current = new StoredMissingEpisode(episode(WENT, BACK), 2, true, NOW, List.of());
        MutationResult conflict = MutationResult.conflict(UUID.randomUUID(), current);

        MutationResult back = json.readValue(json.writeValueAsString(conflict), MutationResult.class);

        assertEquals(EPISODE, back.entityId());
        assertEquals(current, back.current());
        StoredVisit visit = new StoredVisit(new Visit(UUID.randomUUID(), "C-1", WENT, WENT, true, true, null, null), 3, true, NOW, List.of());
        assertEquals(visit, json.readValue(json.writeValueAsString(MutationResult.conflict(UUID.randomUUID(), visit)), MutationResult.class).current());
    }
}
