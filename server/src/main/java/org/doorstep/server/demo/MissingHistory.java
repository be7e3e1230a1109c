package org.doorstep.server.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Random;
import java.util.UUID;
import org.doorstep.protocol.missing.MissingEpisode;
import org.doorstep.protocol.missing.ReturnInterview;

/**
 * A child's missing episodes and return home interviews: most interviews offered within 72 hours of the
 * return, some offered late, some still waiting; most completed, some declined, a few not required.
 */
final class MissingHistory {
    private static final String ROLE = "independent return interview worker";

    private MissingHistory() {
    }

    /** How many episodes the child has in the period: none for most children, more for teenagers in care. */
    static int episodes(int age, boolean inCare, Random random) {
        int percent = age < 11 ? 1 : inCare ? 25 : 7;
        return random.nextInt(100) < percent ? 1 + random.nextInt(random.nextInt(100) < 20 ? 8 : 3) : 0;
    }

    static void generate(String childId, int count, LocalDate from, Instant now, DemoPeople.Person officer,
                         Random random, ChildBatch batch) {
        long span = Duration.between(DemoTime.startOfDay(from), now).toMinutes();
        if (span < 24 * 60) {
            return;
        }
        for (int i = 0; i < count; i++) {
            Instant went = DemoTime.startOfDay(from).plus(Duration.ofMinutes((long) (random.nextDouble() * (span - 6 * 60))));
            OffsetDateTime wentMissingAt = DemoTime.local(went.plus(Duration.ofHours(10)));
            if (wentMissingAt.toInstant().isAfter(now.minus(Duration.ofHours(2)))) {
                wentMissingAt = DemoTime.local(now.minus(Duration.ofHours(2 + random.nextInt(20))));
            }
            OffsetDateTime returnedAt = DemoTime.later(wentMissingAt, 90, 60 * 60, random);
            boolean stillMissing = returnedAt.toInstant().isAfter(now);
            if (stillMissing) {
                returnedAt = null;
            }
            OffsetDateTime recorded = DemoTime.notAfter(DemoTime.later(stillMissing ? wentMissingAt : returnedAt, 10, 90, random), now);
            MissingEpisode episode = new MissingEpisode(DemoTime.uuid(random), childId, wentMissingAt, returnedAt, recorded,
                    String.format("MP-%02d-%04d", wentMissingAt.getYear() % 100, random.nextInt(10_000)),
                    "Reported missing by carer; found by police and brought home.");
            batch.missing.add(synced(episode, recorded, officer, random, now));
            if (!stillMissing) {
                interview(episode, officer, random, now, batch);
            }
        }
    }

    private static void interview(MissingEpisode episode, DemoPeople.Person officer, Random random, Instant now,
                                  ChildBatch batch) {
        OffsetDateTime back = episode.returnedAt();
        int draw = random.nextInt(100);
        if (draw < 7) {
            return; // never offered: still waiting, or overdue if the return was long ago
        }
        UUID id = DemoTime.uuid(random);
        if (draw < 10) {
            OffsetDateTime recorded = DemoTime.notAfter(DemoTime.later(back, 60, 24 * 60, random), now);
            add(new ReturnInterview(id, episode.id(), episode.childId(), null, null, null, ReturnInterview.NOT_REQUIRED, null,
                    null, null, null, "Returned from a planned stay with a relative; decided by the team manager.", recorded),
                    recorded, officer, random, now, batch);
            return;
        }
        boolean onTime = draw < 88;
        OffsetDateTime offered = onTime ? DemoTime.later(back, 120, 60 * 60, random) : DemoTime.later(back, 75 * 60, 160 * 60, random);
        if (offered.toInstant().isAfter(now)) {
            return; // not offered yet
        }
        int outcome = random.nextInt(100);
        OffsetDateTime held = DemoTime.later(offered, 30, onTime ? 24 * 60 : 72 * 60, random);
        ReturnInterview interview;
        OffsetDateTime latest;
        if (outcome < 72 && !held.toInstant().isAfter(now)) {
            interview = new ReturnInterview(id, episode.id(), episode.childId(), offered, held, null, ReturnInterview.COMPLETED,
                    ROLE, "Said they stayed with friends and felt safe.", "None identified.", "Check-in call next week.",
                    null, null);
            latest = held;
        } else if (outcome < 92 && !held.toInstant().isAfter(now)) {
            interview = new ReturnInterview(id, episode.id(), episode.childId(), offered, null, held, ReturnInterview.DECLINED,
                    ROLE, null, null, "Carer to encourage the child to talk to their social worker.", null, null);
            latest = held;
        } else {
            interview = new ReturnInterview(id, episode.id(), episode.childId(), offered, null, null, null, ROLE, null,
                    null, null, null, null);
            latest = offered;
        }
        OffsetDateTime recorded = DemoTime.notAfter(DemoTime.later(latest, 10, 60, random), now);
        add(withRecordedAt(interview, recorded), recorded, officer, random, now, batch);
    }

    private static ReturnInterview withRecordedAt(ReturnInterview i, OffsetDateTime recorded) {
        return new ReturnInterview(i.id(), i.episodeId(), i.childId(), i.offeredAt(), i.completedAt(), i.declinedAt(),
                i.outcome(), i.interviewerRole(), i.childAccount(), i.risksIdentified(), i.followUp(), i.notRequiredReason(),
                recorded);
    }

    private static void add(ReturnInterview interview, OffsetDateTime recorded, DemoPeople.Person officer, Random random,
                            Instant now, ChildBatch batch) {
        batch.interviews.add(synced(interview, recorded, officer, random, now));
    }

    private static <R> ChildBatch.Synced<R> synced(R record, OffsetDateTime recorded, DemoPeople.Person officer,
                                                   Random random, Instant now) {
        Instant received = DemoTime.notAfter(DemoTime.later(recorded, 1, 60, random), now).toInstant();
        return new ChildBatch.Synced<>(record, DemoTime.uuid(random), officer.deviceId(), received);
    }
}
