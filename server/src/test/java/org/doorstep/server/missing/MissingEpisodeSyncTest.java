package org.doorstep.server.missing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.doorstep.protocol.missing.MissingEpisode;
import org.doorstep.protocol.missing.ReturnInterview;
import org.doorstep.protocol.push.Mutation;
import org.doorstep.protocol.push.RecordMissingEpisode;
import org.doorstep.protocol.push.RecordReturnInterview;
import org.doorstep.protocol.push.UpdateMissingEpisode;
import org.doorstep.protocol.push.UpdateReturnInterview;
import org.doorstep.server.ServerTest;
import org.junit.jupiter.api.Test;

/** Missing episodes and return interviews through real HTTP: versions, retries, refusals, pull. */
@MicronautTest(transactional = false)
class MissingEpisodeSyncTest extends ServerTest {
    private static final String PUSH = "/api/sync/v1/push";
    private static final OffsetDateTime WENT = OffsetDateTime.parse("2026-03-28T21:30:00+00:00");
    // Back on the evening the clocks went forward: the device shows BST.
    private static final OffsetDateTime BACK = OffsetDateTime.parse("2026-03-29T18:00:00+01:00");
    private static final OffsetDateTime OFFERED = OffsetDateTime.parse("2026-03-30T09:00:00+01:00");
    private static final OffsetDateTime HELD = OffsetDateTime.parse("2026-03-31T16:00:00+01:00");
    private static final OffsetDateTime SAVED = OffsetDateTime.parse("2026-03-31T16:30:00+01:00");

    private static MissingEpisode episode(UUID id, String childId, OffsetDateTime returnedAt) {
        return new MissingEpisode(id, childId, WENT, returnedAt, SAVED, "MP-26-0412", "Found at a friend's flat.");
    }

    private static ReturnInterview offered(UUID id, UUID episodeId, String childId) {
        return new ReturnInterview(id, episodeId, childId, OFFERED, null, null, null,
                "independent return interview worker", null, null, null, null, SAVED);
    }

    private static ReturnInterview completed(ReturnInterview offer) {
        return new ReturnInterview(offer.id(), offer.episodeId(), offer.childId(), offer.offeredAt(), HELD, null,
                ReturnInterview.COMPLETED, offer.interviewerRole(), "Stayed with an older friend.",
                "Possible exploitation: unknown adult collected them.", "Referral to the exploitation panel.", null, SAVED);
    }

    private Reply push(Mutation... mutations) {
        return post(PUSH, pushBody(mutations));
    }

    private MissingEpisode storedEpisode(String childId) {
        MissingEpisode episode = episode(UUID.randomUUID(), childId, null);
        assertEquals("applied", push(new RecordMissingEpisode(UUID.randomUUID(), episode)).text("/results/0/outcome"));
        return episode;
    }

    /** Every change a pull from the beginning brings, page by page. */
    private List<JsonNode> pullAll() {
        List<JsonNode> changes = new ArrayList<>();
        String cursor = null;
        boolean more = true;
        while (more) {
            Reply page = get("/api/sync/v1/pull?protocolVersion=1&deviceId=device-test&limit=50" + (cursor == null ? "" : "&after=" + cursor));
            page.body().get("changes").forEach(changes::add);
            cursor = page.text("/nextCursor");
            more = page.body().get("hasMore").asBoolean();
        }
        return changes;
    }

    private List<JsonNode> episodesOf(String childId, UUID id, boolean history) {
        List<JsonNode> mine = new ArrayList<>();
        get("/api/children/" + childId + "/missing-episodes" + (history ? "?history=true" : "")).body().forEach(node -> {
            if (node.at("/episode/id").asText().equals(id.toString())) {
                mine.add(node);
            }
        });
        return mine;
    }

    @Test
    void anEpisodeIsRecordedWhileMissingAndUpdatedWhenTheChildReturnsKeepingBothVersions() {
        MissingEpisode episode = storedEpisode("C-1003");

        Reply update = push(new UpdateMissingEpisode(UUID.randomUUID(), 1, episode(episode.id(), "C-1003", BACK)));

        assertEquals("applied", update.text("/results/0/outcome"));
        assertEquals(2, update.body().at("/results/0/version").asInt());
        List<JsonNode> latest = episodesOf("C-1003", episode.id(), false);
        assertEquals(1, latest.size());
        assertEquals("2026-03-29T18:00:00+01:00", latest.get(0).at("/episode/returnedAt").asText(), "the device's offset is kept");
        List<JsonNode> history = episodesOf("C-1003", episode.id(), true);
        assertEquals(2, history.size());
        assertTrue(history.get(0).at("/episode/returnedAt").isMissingNode() || history.get(0).at("/episode/returnedAt").isNull());
        assertEquals(false, history.get(0).at("/latest").asBoolean());
    }

    @Test
    void anInterviewIsOfferedThenCompletedAndRetriesAreDuplicates() {
        MissingEpisode episode = storedEpisode("C-1003");
        ReturnInterview offer = offered(UUID.randomUUID(), episode.id(), "C-1003");
        RecordReturnInterview recordOffer = new RecordReturnInterview(UUID.randomUUID(), offer);
        UpdateReturnInterview complete = new UpdateReturnInterview(UUID.randomUUID(), 1, completed(offer));

        assertEquals("applied", push(recordOffer).text("/results/0/outcome"));
        assertEquals("applied", push(complete).text("/results/0/outcome"));
        Reply again = push(recordOffer, complete);

        assertEquals(List.of("duplicate", "duplicate"), again.body().get("results").findValuesAsText("outcome"));
        assertEquals(List.of(1, 2), List.of(again.body().at("/results/0/version").asInt(), again.body().at("/results/1/version").asInt()));
        JsonNode stored = get("/api/children/C-1003/return-interviews").body();
        JsonNode mine = null;
        for (JsonNode node : stored) {
            if (node.at("/interview/id").asText().equals(offer.id().toString())) {
                mine = node;
            }
        }
        assertEquals("completed", mine.at("/interview/outcome").asText());
        assertEquals("2026-03-31T16:00:00+01:00", mine.at("/interview/completedAt").asText());
        assertEquals(2, mine.at("/version").asInt());
        assertEquals(2, get("/api/children/C-1003/return-interviews?history=true").body().findValuesAsText("id").stream()
                .filter(offer.id().toString()::equals).count());
    }

    @Test
    void pushAndPullFactorsAreStoredAndReadBackAndAnOlderDevicesRetryIsStillADuplicate() {
        MissingEpisode episode = storedEpisode("C-1003");
        ReturnInterview offer = offered(UUID.randomUUID(), episode.id(), "C-1003");
        RecordReturnInterview recordOffer = new RecordReturnInterview(UUID.randomUUID(), offer);
        ReturnInterview held = completed(offer);
        ReturnInterview withFactors = new ReturnInterview(held.id(), held.episodeId(), held.childId(), held.offeredAt(),
                held.completedAt(), null, held.outcome(), held.interviewerRole(), held.childAccount(),
                held.risksIdentified(), held.followUp(), null, held.recordedAt(), "Arguments at home about school.",
                "An older friend offers money and a place to stay.");
        UpdateReturnInterview complete = new UpdateReturnInterview(UUID.randomUUID(), 1, withFactors);

        assertEquals("applied", push(recordOffer).text("/results/0/outcome"));
        assertEquals("applied", push(complete).text("/results/0/outcome"));

        JsonNode mine = null;
        for (JsonNode node : get("/api/children/C-1003/return-interviews").body()) {
            if (node.at("/interview/id").asText().equals(offer.id().toString())) {
                mine = node;
            }
        }
        assertEquals("Arguments at home about school.", mine.at("/interview/pushFactors").asText());
        assertEquals("An older friend offers money and a place to stay.", mine.at("/interview/pullFactors").asText());
        // The offer, sent again as an app without the fields sends it: the same content, stored once.
        assertEquals("duplicate", push(recordOffer).text("/results/0/outcome"));
        JsonNode pulled = pullAll().stream().filter(change -> change.at("/interview/interview/id").asText()
                .equals(offer.id().toString()) && change.at("/interview/version").asInt() == 2).findFirst().orElseThrow();
        assertEquals("Arguments at home about school.", pulled.at("/interview/interview/pushFactors").asText());
    }

    @Test
    void theSameOperationIdWithOtherContentIsRefusedAndNothingChanges() {
        MissingEpisode episode = episode(UUID.randomUUID(), "C-1003", null);
        UUID operation = UUID.randomUUID();
        push(new RecordMissingEpisode(operation, episode));

        Reply reused = push(new RecordMissingEpisode(operation, episode(episode.id(), "C-1003", BACK)));

        assertEquals("rejected", reused.text("/results/0/outcome"));
        assertEquals("id_reused_with_different_content", reused.text("/results/0/error/code"));
        assertEquals("operationId", reused.text("/results/0/error/field"));
        assertEquals(1, episodesOf("C-1003", episode.id(), true).size());
    }

    @Test
    void anEpisodeIdSentAgainUnderANewOperationIsADuplicateOnlyForTheSameContent() {
        MissingEpisode episode = storedEpisode("C-1003");

        Reply same = push(new RecordMissingEpisode(UUID.randomUUID(), episode));
        Reply different = push(new RecordMissingEpisode(UUID.randomUUID(), episode(episode.id(), "C-1003", BACK)));

        assertEquals("duplicate", same.text("/results/0/outcome"));
        assertEquals("rejected", different.text("/results/0/outcome"));
        assertEquals("id_reused_with_different_content", different.text("/results/0/error/code"));
        assertEquals("episode.id", different.text("/results/0/error/field"));
        assertEquals(1, episodesOf("C-1003", episode.id(), true).size());
    }

    @Test
    void anUpdateFromAStaleVersionIsAConflictCarryingTheServersEpisode() {
        MissingEpisode episode = storedEpisode("C-1003");
        push(new UpdateMissingEpisode(UUID.randomUUID(), 1, episode(episode.id(), "C-1003", BACK)));

        Reply stale = push(new UpdateMissingEpisode(UUID.randomUUID(), 1,
                new MissingEpisode(episode.id(), "C-1003", WENT, HELD, SAVED, "MP-26-0412", "Another account.")));

        assertEquals("conflict", stale.text("/results/0/outcome"));
        assertEquals("stale_version", stale.text("/results/0/error/code"));
        assertEquals(2, stale.body().at("/results/0/current/version").asInt());
        assertEquals(episode.id().toString(), stale.text("/results/0/current/episode/id"));
        assertEquals("2026-03-29T18:00:00+01:00", stale.text("/results/0/current/episode/returnedAt"));
        assertEquals(2, episodesOf("C-1003", episode.id(), true).size());
    }

    @Test
    void anEpisodeAndItsInterviewTravelInOneBatchButAnInterviewCannotPrecedeItsEpisode() {
        MissingEpisode episode = episode(UUID.randomUUID(), "C-1005", BACK);
        ReturnInterview offer = offered(UUID.randomUUID(), episode.id(), "C-1005");

        Reply wrongOrder = push(new RecordReturnInterview(UUID.randomUUID(), offer), new RecordMissingEpisode(UUID.randomUUID(), episode));
        assertEquals(List.of("rejected", "applied"), wrongOrder.body().get("results").findValuesAsText("outcome"));
        assertEquals("not_found", wrongOrder.text("/results/0/error/code"));
        assertEquals("interview.episodeId", wrongOrder.text("/results/0/error/field"));

        ReturnInterview second = offered(UUID.randomUUID(), episode.id(), "C-1005");
        MissingEpisode another = episode(UUID.randomUUID(), "C-1005", BACK);
        Reply rightOrder = push(new RecordMissingEpisode(UUID.randomUUID(), another),
                new RecordReturnInterview(UUID.randomUUID(), offered(UUID.randomUUID(), another.id(), "C-1005")),
                new RecordReturnInterview(UUID.randomUUID(), second));
        assertEquals(List.of("applied", "applied", "applied"), rightOrder.body().get("results").findValuesAsText("outcome"));
    }

    @Test
    void refusalsNameTheFieldAndStoreNothing() {
        MissingEpisode episode = storedEpisode("C-1003");
        ReturnInterview offer = offered(UUID.randomUUID(), episode.id(), "C-1003");
        ReturnInterview completedWithoutTime = new ReturnInterview(offer.id(), episode.id(), "C-1003", OFFERED, null, null,
                ReturnInterview.COMPLETED, null, null, null, null, null, SAVED);

        Reply reply = push(
                new RecordReturnInterview(UUID.randomUUID(), completedWithoutTime),
                new RecordReturnInterview(UUID.randomUUID(), offered(UUID.randomUUID(), episode.id(), "C-1002")),
                new RecordMissingEpisode(UUID.randomUUID(), episode(UUID.randomUUID(), "C-9999", null)),
                new RecordMissingEpisode(UUID.randomUUID(), episode(UUID.randomUUID(), "C-1003", WENT.minusHours(1))),
                new RecordMissingEpisode(UUID.randomUUID(), null));

        Map<String, String> codes = new HashMap<>();
        for (JsonNode result : reply.body().get("results")) {
            assertEquals("rejected", result.get("outcome").asText(), result.toString());
            codes.put(result.at("/error/field").asText(), result.at("/error/code").asText());
        }
        assertEquals(Map.of("interview.completedAt", "required", "interview.childId", "inconsistent",
                "episode.childId", "child_not_in_scope", "episode.returnedAt", "inconsistent", "episode", "required"), codes);
        assertEquals(0, get("/api/children/C-1003/return-interviews").body().size());
        assertEquals(0, get("/api/children/C-1002/return-interviews").body().size());
    }

    @Test
    void aTimeWithoutAnOffsetIsRefusedAsUnreadableWithItsField() {
        String body = """
                {"protocolVersion":1,"deviceId":"device-test","mutations":[{"type":"record_missing_episode",
                 "operationId":"%s","episode":{"id":"%s","childId":"C-1003","wentMissingAt":"2026-03-28T21:30:00",
                 "recordedAt":"2026-03-28T22:00:00Z"}}]}""".formatted(UUID.randomUUID(), UUID.randomUUID());

        Reply reply = post(PUSH, body);

        assertEquals(200, reply.status());
        assertEquals("invalid_format", reply.text("/results/0/error/code"));
        assertEquals("episode.wentMissingAt", reply.text("/results/0/error/field"));
    }

    @Test
    void aPullBringsEpisodesAndInterviewsWithTheirVersions() {
        MissingEpisode episode = storedEpisode("C-1004");
        push(new UpdateMissingEpisode(UUID.randomUUID(), 1, episode(episode.id(), "C-1004", BACK)));
        ReturnInterview offer = offered(UUID.randomUUID(), episode.id(), "C-1004");
        push(new RecordReturnInterview(UUID.randomUUID(), offer));

        List<String> seen = new ArrayList<>();
        String cursor = null;
        boolean more = true;
        while (more) {
            Reply page = get("/api/sync/v1/pull?protocolVersion=1&deviceId=device-test&limit=50" + (cursor == null ? "" : "&after=" + cursor));
            for (JsonNode change : page.body().get("changes")) {
                String type = change.get("type").asText();
                if (type.equals("missing_episode") && change.at("/episode/episode/id").asText().equals(episode.id().toString())) {
                    seen.add("episode v" + change.at("/episode/version").asInt());
                }
                if (type.equals("return_interview") && change.at("/interview/interview/id").asText().equals(offer.id().toString())) {
                    seen.add("interview v" + change.at("/interview/version").asInt());
                }
            }
            cursor = page.text("/nextCursor");
            more = page.body().get("hasMore").asBoolean();
        }

        assertEquals(List.of("episode v1", "episode v2", "interview v1"), seen);
    }

    @Test
    void eightDevicesRetryingTheSameEpisodesAtOnceStoreEachOnce() throws Exception {
        List<Mutation> batch = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            batch.add(new RecordMissingEpisode(UUID.randomUUID(), episode(UUID.randomUUID(), "C-1001", BACK)));
        }
        String body = pushBody(batch.toArray(Mutation[]::new));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Reply>> replies = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                replies.add(pool.submit(() -> post(PUSH, body)));
            }
            long applied = 0;
            for (Future<Reply> reply : replies) {
                for (String outcome : reply.get().body().get("results").findValuesAsText("outcome")) {
                    assertTrue(outcome.equals("applied") || outcome.equals("duplicate"), outcome);
                    applied += outcome.equals("applied") ? 1 : 0;
                }
            }
            assertEquals(20, applied);
        } finally {
            pool.shutdownNow();
        }
        JsonNode all = get("/api/children/C-1001/missing-episodes?history=true").body();
        for (Mutation mutation : batch) {
            assertEquals(1, all.findValuesAsText("id").stream().filter(mutation.entityId().toString()::equals).count());
        }
    }
}
