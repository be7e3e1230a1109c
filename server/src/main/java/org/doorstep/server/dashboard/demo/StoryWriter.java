package org.doorstep.server.dashboard.demo;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.doorstep.protocol.missing.MissingEpisode;
import org.doorstep.protocol.missing.ReturnInterview;
import org.doorstep.protocol.visit.Visit;
import org.doorstep.server.db.ChangeNumbers;
import org.doorstep.server.db.TimeText;
import org.doorstep.server.missing.MissingRecords;
import org.doorstep.server.visits.VisitEntity;
import org.doorstep.server.visits.VisitInserts;
import org.doorstep.server.visits.VisitRows;

/** Collects the demo story's records and writes them as a push would (versions, change numbers, content hashes). */
final class StoryWriter {
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final String DEVICE = "demo-phone-sam";
    private static final List<String> NOTES = List.of("Child chatty; showed me their room.", "Talked about school and friends.",
            "Home calm; carer reports better sleep.", "Discussed contact arrangements.", "Child quiet but engaged.");
    private final JdbcOperations jdbc;
    private final Instant now;
    private final LocalDate today;
    private final List<VisitVersion> visitRows = new ArrayList<>();
    private final List<MissingEpisode> episodes = new ArrayList<>();
    private final List<ReturnInterview> interviews = new ArrayList<>();
    private int noteIndex;

    private record VisitVersion(Visit visit, int version, boolean latest) {
    }

    StoryWriter(JdbcOperations jdbc, Instant now) {
        this.jdbc = jdbc;
        this.now = now;
        this.today = LocalDate.ofInstant(now, LONDON);
    }

    LocalDate today() {
        return today;
    }

    int changeCount() {
        return visitRows.size() + episodes.size() + interviews.size();
    }

    int visitCount() {
        return visitRows.size();
    }

    void plan(String id, String childId, String kind, LocalDate start) {
        if (hasEpisode(childId)) {
            return;
        }
        update("INSERT INTO plan (id, child_id, kind, start_date) VALUES (?, ?, ?, ?)", id, childId, kind, start.toString());
    }

    void placement(String id, String childId, LocalDate start) {
        if (hasEpisode(childId)) {
            return;
        }
        update("INSERT INTO placement (id, child_id, start_date, placement_type, first_review_date) VALUES (?, ?, ?, ?, ?)",
                id, childId, start.toString(), "general", start.plusDays(25).toString());
    }

    void fostering(String id, String childId, LocalDate notified) {
        if (hasEpisode(childId)) {
            return;
        }
        update("INSERT INTO private_fostering (id, child_id, notification_received_date, la_aware_date) VALUES (?, ?, ?, ?)",
                id, childId, notified.toString(), notified.toString());
    }

    /** Whether the child already has a plan, placement, arrangement or accommodation. */
    private boolean hasEpisode(String childId) {
        return jdbc.prepareStatement("SELECT (SELECT COUNT(*) FROM plan WHERE child_id = ?) + (SELECT COUNT(*) FROM placement"
                + " WHERE child_id = ?) + (SELECT COUNT(*) FROM private_fostering WHERE child_id = ?)"
                + " + (SELECT COUNT(*) FROM care_leaver_accommodation WHERE child_id = ?)", s -> {
            for (int i = 1; i <= 4; i++) {
                s.setString(i, childId);
            }
            try (var rs = s.executeQuery()) {
                return rs.next() && rs.getLong(1) > 0;
            }
        });
    }

    void device(String userId, String deviceId, String name, Instant lastSeen) {
        update("INSERT INTO device (id, user_id, name, registered_at, last_seen_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                deviceId, userId, name, TimeText.of(lastSeen.minusSeconds(90L * 24 * 3600)), TimeText.of(lastSeen));
    }

    /** Seen-alone visits from {@code first} to {@code last}, stepping through {@code gaps} (days) in turn. */
    void visitsEvery(String childId, LocalDate first, LocalDate last, int[] gaps) {
        int i = 0;
        LocalDate date = first;
        while (date.isBefore(last)) {
            add(childId, date, true, null);
            date = date.plusDays(gaps[i++ % gaps.length]);
        }
        add(childId, last, true, null);
    }

    void notAloneVisit(String childId, LocalDate date, String reason) {
        add(childId, date, false, reason);
    }

    /** A visit first saved without the reason it was not seen alone, then corrected: two versions. */
    void amendedVisit(String childId, LocalDate date) {
        UUID id = UUID.randomUUID();
        OffsetDateTime at = at(date, 14);
        visitRows.add(new VisitVersion(new Visit(id, childId, at, at.plusMinutes(40), true, false, null,
                "Mum stayed in the room."), 1, false));
        visitRows.add(new VisitVersion(new Visit(id, childId, at, at.plusHours(20), true, false,
                "Mum would not leave the room; Ava said she was fine to talk in front of her.", "Mum stayed in the room."), 2, true));
    }

    void missingEpisode(String childId, Instant went, Instant returned, Instant interviewed) {
        UUID id = UUID.randomUUID();
        OffsetDateTime back = returned.atZone(LONDON).toOffsetDateTime();
        MissingEpisode episode = new MissingEpisode(id, childId, went.atZone(LONDON).toOffsetDateTime(), back,
                back.plusMinutes(30), "MP-" + id.toString().substring(0, 6), "Reported missing by his mother; found at a friend's.");
        episodes.add(episode);
        if (interviewed != null) {
            OffsetDateTime done = interviewed.atZone(LONDON).toOffsetDateTime();
            interviews.add(new ReturnInterview(UUID.randomUUID(), id, childId, done.minusHours(20), done, null,
                    ReturnInterview.COMPLETED, "independent return interview worker", "Stayed at a friend's after an argument.",
                    "None new.", "Family support worker to follow up.", null, done.plusMinutes(30)));
        }
    }

    void write(ChangeNumbers numbers, VisitInserts inserts, MissingRecords records) {
        List<VisitEntity> rows = new ArrayList<>();
        List<VisitVersion> superseded = new ArrayList<>();
        for (VisitVersion v : visitRows) {
            Instant received = v.visit().recordedAt().toInstant().plusSeconds(1800);
            rows.add(VisitRows.toRow(v.visit(), v.version(), UUID.randomUUID(), DEVICE, received, numbers.next()));
            if (!v.latest()) {
                superseded.add(v);
            }
        }
        inserts.insertAll(rows);
        for (VisitVersion v : superseded) {
            jdbc.prepareStatement("UPDATE visit SET latest = FALSE WHERE id = ? AND version = ?", s -> {
                s.setString(1, v.visit().id().toString());
                s.setInt(2, v.version());
                return s.executeUpdate();
            });
        }
        for (MissingEpisode e : episodes) {
            records.episodes().insert(records.episodes().newRow(e, 1, UUID.randomUUID(), e.recordedAt().toInstant(), numbers.next()),
                    DEVICE);
        }
        for (ReturnInterview i : interviews) {
            records.interviews().insert(records.interviews().newRow(i, 1, UUID.randomUUID(), i.recordedAt().toInstant(),
                    numbers.next()), DEVICE);
        }
    }

    private void add(String childId, LocalDate date, boolean alone, String reason) {
        OffsetDateTime at = at(date, 10 + (visitRows.size() % 6));
        String notes = NOTES.get(noteIndex++ % NOTES.size());
        visitRows.add(new VisitVersion(new Visit(UUID.randomUUID(), childId, at, at.plusMinutes(35), true, alone, reason, notes),
                1, true));
    }

    private OffsetDateTime at(LocalDate date, int hour) {
        OffsetDateTime at = date.atTime(LocalTime.of(hour, 15)).atZone(LONDON).toOffsetDateTime();
        Instant latest = now.minusSeconds(3 * 3600);
        return at.toInstant().isAfter(latest) ? latest.atZone(LONDON).toOffsetDateTime() : at;
    }

    private void update(String sql, String... values) {
        jdbc.prepareStatement(sql, s -> {
            for (int i = 0; i < values.length; i++) {
                s.setString(i + 1, values[i]);
            }
            return s.executeUpdate();
        });
    }
}
