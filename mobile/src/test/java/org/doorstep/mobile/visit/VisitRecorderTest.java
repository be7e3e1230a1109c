package org.doorstep.mobile.visit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.doorstep.mobile.store.LocalDatabase;
import org.doorstep.mobile.store.SqliteVisitStore;
import org.doorstep.mobile.store.SyncState;
import org.doorstep.mobile.store.TestKeys;
import org.doorstep.mobile.store.VisitStore;
import org.doorstep.protocol.ApiError;
import org.doorstep.protocol.ErrorCode;
import org.doorstep.protocol.visit.Visit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VisitRecorderTest {
    /** 2 June 2025, 11:00 in London (British Summer Time, +01:00). */
    private static final Clock LONDON = Clock.fixed(Instant.parse("2025-06-02T10:00:00Z"), ZoneId.of("Europe/London"));

    @TempDir
    Path dataDir;
    LocalDatabase database;
    VisitStore store;
    VisitRecorder recorder;

    @BeforeEach
    void open() {
        database = LocalDatabase.open(dataDir, TestKeys.fixed());
        store = new SqliteVisitStore(database);
        recorder = new VisitRecorder(store, LONDON);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void dateAndTimeAreReadInTheDevicesZoneAndKeepItsOffset() {
        SaveResult result = recorder.record(VisitDraft.basic(" C-1001 ", LocalDate.of(2025, 6, 2), "9:05", true, true,
                Visit.OTHER_REASON, "ignored when seen alone", "  Talked about school.  "));

        Visit visit = assertInstanceOf(SaveResult.Saved.class, result).visit().visit();
        assertEquals(OffsetDateTime.parse("2025-06-02T09:05+01:00"), visit.occurredAt());
        assertEquals(OffsetDateTime.parse("2025-06-02T11:00+01:00"), visit.recordedAt());
        assertEquals("C-1001", visit.childId());
        assertEquals(true, visit.seenAlone());
        assertNull(visit.notAloneReason());
        assertNull(visit.notAloneCode());
        assertEquals(Visit.STATUTORY, visit.type());
        assertEquals("Talked about school.", visit.notes());
        assertEquals(SyncState.WAITING, store.find(visit.id()).orElseThrow().state());
    }

    @Test
    void childNotSeenHasNoSeenAloneNorReason() {
        SaveResult result = recorder.record(VisitDraft.basic("C-1001", LocalDate.of(2025, 6, 1), "16:00", false, true,
                Visit.UNABLE, "stale text", null));

        Visit visit = assertInstanceOf(SaveResult.Saved.class, result).visit().visit();
        assertEquals(false, visit.seen());
        assertNull(visit.seenAlone());
        assertNull(visit.notAloneReason());
        assertNull(visit.notAloneCode());
    }

    @Test
    void aReasonFromTheListIsRequiredWhenSeenButNotAloneAndNothingIsSaved() {
        SaveResult result = recorder.record(VisitDraft.basic("C-1001", LocalDate.of(2025, 6, 2), "09:00", true, false,
                null, "Carer stayed", null));

        assertEquals(List.of(ApiError.onField(ErrorCode.REQUIRED, "notAloneCode", "Choose why the child was not seen alone")),
                assertInstanceOf(SaveResult.Invalid.class, result).errors());
        assertEquals(List.of(), store.list());
    }

    @Test
    void theWorkersWordsAreRequiredWhenTheReasonIsOther() {
        SaveResult result = recorder.record(VisitDraft.basic("C-1001", LocalDate.of(2025, 6, 2), "09:00", true, false,
                Visit.OTHER_REASON, "  ", null));

        assertEquals(List.of(ApiError.onField(ErrorCode.REQUIRED, "notAloneReason", "Say why the child was not seen alone")),
                assertInstanceOf(SaveResult.Invalid.class, result).errors());
        assertEquals(List.of(), store.list());
    }

    @Test
    void aReasonFromTheListNeedsNoWords() {
        SaveResult result = recorder.record(VisitDraft.basic("C-1001", LocalDate.of(2025, 6, 2), "09:00", true, false,
                Visit.CHILD_REFUSED, "", null));

        Visit visit = assertInstanceOf(SaveResult.Saved.class, result).visit().visit();
        assertEquals(Visit.CHILD_REFUSED, visit.notAloneCode());
        assertNull(visit.notAloneReason());
    }

    @Test
    void everyFieldOfTheFullFormIsSaved() {
        SaveResult result = recorder.record(new VisitDraft("C-1002", LocalDate.of(2025, 6, 2), "14:30", Visit.CORE_GROUP,
                true, false, Visit.INAPPROPRIATE, " Too young to be left alone ", false, " Wants a dog ",
                " Warm house ", " Book the review ", null));

        Visit visit = assertInstanceOf(SaveResult.Saved.class, result).visit().visit();
        assertEquals(Visit.CORE_GROUP, visit.type());
        assertEquals(Visit.INAPPROPRIATE, visit.notAloneCode());
        assertEquals("Too young to be left alone", visit.notAloneReason());
        assertEquals(false, visit.bedroomSeen());
        assertEquals("Wants a dog", visit.childViews());
        assertEquals("Warm house", visit.observations());
        assertEquals("Book the review", visit.actions());
        assertNull(visit.notes());
        assertEquals(visit, store.find(visit.id()).orElseThrow().visit());
    }

    @Test
    void aTypeMustBeChosen() {
        SaveResult result = recorder.record(new VisitDraft("C-1002", LocalDate.of(2025, 6, 2), "14:30", null,
                false, false, null, null, null, null, null, null, null));

        assertEquals(List.of(ApiError.onField(ErrorCode.REQUIRED, "type", "Choose the type of visit")),
                assertInstanceOf(SaveResult.Invalid.class, result).errors());
    }

    @Test
    void protocolValidatorErrorsAreReportedPerField() {
        SaveResult result = recorder.record(VisitDraft.basic("C 1001!", LocalDate.of(2025, 6, 4), "09:00", true, true, null, null, null));

        List<ApiError> errors = assertInstanceOf(SaveResult.Invalid.class, result).errors();
        assertEquals(List.of("childId:invalid_format", "occurredAt:in_future"),
                errors.stream().map(e -> e.field() + ":" + e.code().wireName()).toList());
    }

    @Test
    void unreadableTimeIsOneErrorOnOccurredAt() {
        SaveResult result = recorder.record(VisitDraft.basic("", LocalDate.of(2025, 6, 2), "half nine", false, false, null, null, null));

        List<ApiError> errors = assertInstanceOf(SaveResult.Invalid.class, result).errors();
        assertEquals(List.of("occurredAt:invalid_format", "childId:required"),
                errors.stream().map(e -> e.field() + ":" + e.code().wireName()).toList());
    }
}
