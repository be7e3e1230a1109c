package org.doorstep.server.demo;

import io.micronaut.context.ApplicationContext;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import org.doorstep.server.testing.PostgresCluster;

/**
 * Times the demo authority generator: {@code DemoAuthorityBench [children] [sqlite|postgresql]}
 * (default 3000 on SQLite). Prints figures; asserts nothing.
 */
public final class DemoAuthorityBench {
    private DemoAuthorityBench() {
    }

    public static void main(String[] args) throws Exception {
        int children = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
        String database = args.length > 1 ? args[1] : "sqlite";
        Map<String, Object> properties = new HashMap<>();
        properties.put("doorstep.database.path", Files.createTempDirectory("doorstep-bench").resolve("demo.db").toString());
        if (database.equals("postgresql")) {
            properties.put("datasources.default.url", PostgresCluster.shared().newDatabase());
            properties.put("datasources.default.username", "doorstep");
            properties.put("datasources.default.password", "");
            properties.put("datasources.default.driver-class-name", "org.postgresql.Driver");
        }
        try (ApplicationContext context = ApplicationContext.run(properties)) {
            long started = System.nanoTime();
            AuthorityGenerator.Summary s = context.getBean(AuthorityGenerator.class).generate(20260101L, children).orElseThrow();
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("%s: %,d children, %,d visits, %,d missing episodes, %,d return interviews in %.1f s "
                            + "(%,.0f visits/s)%n", database, s.children(), s.visits(), s.missingEpisodes(), s.returnInterviews(),
                    seconds, s.visits() / seconds);
        }
    }
}
