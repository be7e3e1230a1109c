package org.doorstep.mobile.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.doorstep.mobile.missing.EpisodeForm;
import org.doorstep.mobile.missing.InterviewForm;
import org.doorstep.mobile.missing.MissingRecorder;
import org.doorstep.mobile.pull.Puller;
import org.doorstep.mobile.pull.SqliteCaseloadStore;
import org.doorstep.mobile.store.LocalDatabase;
import org.doorstep.mobile.store.LocalMissing;
import org.doorstep.mobile.store.LocalWipe;
import org.doorstep.mobile.store.SqliteMissingStore;
import org.doorstep.mobile.store.SqliteSessionStore;
import org.doorstep.mobile.store.SqliteVisitStore;
import org.doorstep.mobile.store.SyncState;
import org.doorstep.mobile.store.TestKeys;
import org.doorstep.protocol.ProtocolJson;
import org.doorstep.protocol.missing.ReturnInterview;
import org.doorstep.protocol.missing.StoredMissingEpisode;
import org.doorstep.protocol.missing.StoredReturnInterview;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The missing-persons officer's records against the real server jar (demo mode): omar.officer, area North,
 * records a child's return and the return interview (offered, then held) with no connection, then syncs; the
 * server holds the episode and both versions of the interview.
 */
class MissingAgainstRealServerIT {
    private static final ObjectMapper JSON = ProtocolJson.newMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String USERNAME = "omar.officer";
    private static final String PASSWORD = "doorstep-demo";

    @TempDir
    static Path serverDir;
    static RealServer server;

    @TempDir
    Path deviceDir;

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    /** A phone signed in as {@code username}: its stores, recorder and sync, as the app wires them. */
    private record Phone(LocalDatabase database, SqliteMissingStore missing, SqliteCaseloadStore pulled,
                         Authenticator auth, MissingRecorder recorder, SyncService sync) implements AutoCloseable {
        static Phone signIn(Path dir, String username, Clock clock) {
            LocalDatabase database = LocalDatabase.open(dir, TestKeys.fixed());
            SqliteVisitStore visits = new SqliteVisitStore(database);
            SqliteMissingStore missing = new SqliteMissingStore(database, clock);
            SqliteCaseloadStore pulled = new SqliteCaseloadStore(database);
            Authenticator auth = new Authenticator(client(server.uri()), new SqliteSessionStore(database), visits,
                    new LocalWipe(database), new DeviceIdentity(database.deviceId(), "Test phone of " + username), clock);
            assertInstanceOf(SignInResult.SignedIn.class, auth.signIn(username, PASSWORD));
            Puller pull = new Puller(pulled, client(server.uri()), auth, clock);
            return new Phone(database, missing, pulled, auth, new MissingRecorder(missing, pulled, () -> { }, clock),
                    new SyncService(visits, missing, pull::pullAll, client(server.uri()), auth, new LocalWipe(database), 500));
        }

        @Override
        public void close() {
            database.close();
        }
    }

    @Test
    void anOfficerRecordsTheReturnAndTheInterviewOfflineAndTheServerHoldsThem() throws Exception {
        server = RealServer.start(serverDir);
        Clock clock = Clock.system(ZoneId.of("Europe/London"));
        LocalDate yesterday = LocalDate.now(clock).minusDays(1);
        LocalMissing episode;
        // The child's worker records that the child went missing: officers see a child from its first episode.
        try (Phone sam = Phone.signIn(deviceDir.resolve("sam"), "sam.worker", clock)) {
            episode = ((MissingRecorder.Saved) sam.recorder().saveEpisode(new EpisodeForm(null, "C-1003",
                    yesterday.minusDays(1), "21:30", null, null, null, "Did not come home from school."))).record();
            assertEquals(new SyncSummary(1, 0, 0, null), sam.sync().syncNow());
        }
        try (Phone omar = Phone.signIn(deviceDir.resolve("omar"), USERNAME, clock)) {
            omar.sync().syncNow(); // brings the child and the episode (version 1)
            assertEquals(1, omar.pulled().missingRecordVersion(episode.id()).orElseThrow());

            // No connection from here until the sync: the return, the offer, then the interview held.
            LocalMissing back = ((MissingRecorder.Saved) omar.recorder().saveEpisode(new EpisodeForm(episode.id(), "C-1003",
                    yesterday.minusDays(1), "21:30", yesterday, "8:15", "MP-26-0412", "Found at a friend's flat."))).record();
            LocalMissing offered = ((MissingRecorder.Saved) omar.recorder().saveInterview(new InterviewForm(null,
                    episode.id(), "C-1003", null, yesterday, "10:00", null, null, "Independent return interview worker",
                    null, null, null, null, null, null))).record();
            assertInstanceOf(MissingRecorder.Saved.class, omar.recorder().saveInterview(new InterviewForm(offered.id(),
                    episode.id(), "C-1003", ReturnInterview.COMPLETED, yesterday, "10:00", yesterday, "15:00",
                    "Independent return interview worker", "Stayed with an older friend.", "Rows at home.",
                    "The friend offers a place to stay.", "Older friend not known to services.",
                    "Share with the exploitation lead.", null)));
            assertEquals(3, omar.missing().outbox().size());

            SyncSummary summary = omar.sync().syncNow();

            assertEquals(new SyncSummary(3, 0, 0, null), summary, omar.missing().list().toString());
            assertEquals(SyncState.SENT, omar.missing().find(episode.id()).orElseThrow().state());
            assertEquals(2, omar.missing().find(episode.id()).orElseThrow().serverVersion(), "the worker's, then the return");
            assertEquals(2, omar.missing().find(offered.id()).orElseThrow().serverVersion());
            String token = omar.auth().authorized(t -> t);
            List<StoredMissingEpisode> episodes = read("/api/children/C-1003/missing-episodes", token,
                    new TypeReference<>() { });
            StoredMissingEpisode stored = episodes.stream().filter(e -> e.episode().id().equals(episode.id()))
                    .findFirst().orElseThrow();
            assertEquals(back.episode(), stored.episode());
            assertEquals(2, stored.version());
            List<StoredReturnInterview> history = read("/api/children/C-1003/return-interviews?history=true", token,
                    new TypeReference<>() { });
            List<StoredReturnInterview> ours = history.stream().filter(i -> i.interview().id().equals(offered.id())).toList();
            assertEquals(List.of(1, 2), ours.stream().map(StoredReturnInterview::version).sorted().toList());
            StoredReturnInterview latest = ours.stream().filter(StoredReturnInterview::latest).findFirst().orElseThrow();
            assertEquals(ReturnInterview.COMPLETED, latest.interview().outcome());
            assertEquals("Older friend not known to services.", latest.interview().risksIdentified());
            assertEquals("Rows at home.", latest.interview().pushFactors());
            assertEquals("The friend offers a place to stay.", latest.interview().pullFactors());
            assertTrue(omar.pulled().missingRecordVersion(offered.id()).isPresent(), "the pull brought the interview back");
        }
    }

    private static <T> T read(String path, String token, TypeReference<T> type) throws Exception {
        HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(server.uri().resolve(path))
                .header("Accept", "application/json").header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode(), new String(response.body()));
        return JSON.readValue(response.body(), type);
    }

    private static SyncClient client(URI uri) {
        return new SyncClient(uri, Duration.ofSeconds(5), Duration.ofSeconds(30));
    }
}
