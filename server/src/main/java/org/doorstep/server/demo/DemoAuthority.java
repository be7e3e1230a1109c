package org.doorstep.server.demo;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.order.Ordered;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.doorstep.protocol.auth.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * In demo mode, generates a realistic synthetic authority at start-up when
 * {@code doorstep.demo.generate.children} is above 0: six teams in three areas, ten workers and a
 * manager per team, a return interview officer per area, an administrator, and that many children
 * across every visiting regime with 18 months of visits, missing episodes and return interviews.
 * Every name is made up. Deterministic for {@code doorstep.demo.generate.seed}; does nothing when the
 * generated teams already exist. Runs after the small demo seeding.
 */
@Singleton
@Requires(property = "doorstep.demo.enabled", value = "true")
class DemoAuthority implements ApplicationEventListener<StartupEvent>, Ordered {
    private static final Logger LOG = LoggerFactory.getLogger(DemoAuthority.class);
    private final AuthorityGenerator generator;
    private final int children;
    private final long seed;

    DemoAuthority(AuthorityGenerator generator,
                  @Value("${doorstep.demo.generate.children:0}") int children,
                  @Value("${doorstep.demo.generate.seed:20260101}") long seed) {
        this.generator = generator;
        this.children = children;
        this.seed = seed;
    }

    @Override
    public int getOrder() {
        return LOWEST_PRECEDENCE;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        if (children <= 0) {
            return;
        }
        long started = System.nanoTime();
        Optional<AuthorityGenerator.Summary> summary = generator.generate(seed, children);
        if (summary.isEmpty()) {
            LOG.info("Demo authority already generated (teams {}); nothing added", AuthorityGenerator.ids(new DemoPeople(seed).teams()));
            return;
        }
        AuthorityGenerator.Summary s = summary.get();
        DemoPeople people = s.people();
        LOG.info("Demo authority generated in {} s: {} teams, {} users, {} children, {} visits, {} missing episodes, "
                        + "{} return interviews",
                String.format("%.1f", (System.nanoTime() - started) / 1e9), s.teams(), s.users(), s.children(), s.visits(),
                s.missingEpisodes(), s.returnInterviews());
        // Fictional demo accounts only; never a password in the log (server/README.md gives the demo one).
        LOG.info("Demo sign-in (the demo password): worker {}, manager {}, return interview officer {}, administrator {}",
                people.first(Role.SOCIAL_WORKER).username(),
                people.first(Role.TEAM_MANAGER).username(), people.first(Role.RHI_OFFICER).username(),
                people.first(Role.ADMINISTRATOR).username());
    }
}
