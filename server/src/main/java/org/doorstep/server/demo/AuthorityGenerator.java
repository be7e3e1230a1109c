package org.doorstep.server.demo;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.doorstep.server.auth.Passwords;
import org.doorstep.server.db.ChangeNumbers;
import org.doorstep.server.db.ChangeSequence;

/**
 * Generates a synthetic authority (see {@link DemoAuthority}) in one transaction: all of it or nothing.
 * Children are generated and written in batches so memory stays flat however many there are.
 */
@Singleton
class AuthorityGenerator {
    /** The demo users' password. Demo mode only. */
    static final String DEMO_PASSWORD = "doorstep-demo";
    private static final int BATCH = 500;

    private final DemoWriter writer;
    private final ChangeSequence changes;
    private final Clock clock;

    AuthorityGenerator(DemoWriter writer, ChangeSequence changes, Clock clock) {
        this.writer = writer;
        this.changes = changes;
        this.clock = clock;
    }

    /** What was generated, or empty when the authority's teams were already there. */
    record Summary(int teams, int users, int children, int visits, int missingEpisodes, int returnInterviews,
                   DemoPeople people) {
    }

    @Transactional
    Optional<Summary> generate(long seed, int childCount) {
        return generate(seed, childCount, clock.instant());
    }

    /** Generates as of {@code now}: the same seed and day give the same authority. */
    @Transactional
    Optional<Summary> generate(long seed, int childCount, Instant now) {
        return generate(seed, childCount, now, 1.0);
    }

    /** As {@link #generate(long, int, Instant)}, with children visited {@code visitDensity} times as often. */
    @Transactional
    Optional<Summary> generate(long seed, int childCount, Instant now, double visitDensity) {
        DemoPeople people = new DemoPeople(seed);
        if (writer.teamExists(people.teams().get(0).id())) {
            return Optional.empty();
        }
        // Hashing is slow on purpose: once for everyone.
        String hash = Passwords.hash(DEMO_PASSWORD);
        writer.people(people, hash, now);
        ChildGenerator generator = new ChildGenerator(seed, now, people, visitDensity);
        int visits = 0;
        int episodes = 0;
        int interviews = 0;
        for (int first = 0; first < childCount; first += BATCH) {
            ChildBatch batch = new ChildBatch();
            for (int index = first; index < Math.min(childCount, first + BATCH); index++) {
                generator.generate(index, batch);
            }
            ChangeNumbers numbers = changes.reserve(batch.changeCount());
            writer.children(batch, numbers);
            writer.visits(batch.visits, numbers);
            writer.missing(batch.missing, batch.interviews, numbers);
            visits += batch.visits.size();
            episodes += batch.missing.size();
            interviews += batch.interviews.size();
        }
        return Optional.of(new Summary(people.teams().size(), people.people().size(), childCount, visits, episodes,
                interviews, people));
    }

    static List<String> ids(List<DemoPeople.Team> teams) {
        return teams.stream().map(DemoPeople.Team::id).toList();
    }
}
