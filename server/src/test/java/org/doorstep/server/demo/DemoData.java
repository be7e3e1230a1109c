package org.doorstep.server.demo;

import io.micronaut.context.ApplicationContext;
import java.time.Instant;

/** The demo authority generator, for benchmarks outside this package. */
public final class DemoData {
    private DemoData() {
    }

    /** Generates {@code children} children visited {@code density} times as often as their regime wants; the visit count. */
    public static int generate(ApplicationContext context, long seed, int children, double density) {
        return context.getBean(AuthorityGenerator.class).generate(seed, children, Instant.now(), density)
                .map(AuthorityGenerator.Summary::visits).orElse(-1);
    }
}
