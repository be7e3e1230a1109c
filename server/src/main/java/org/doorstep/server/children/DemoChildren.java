package org.doorstep.server.children;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Seeds a few obviously fictional children when {@code doorstep.demo.enabled} is true, so that a
 * newcomer's first run has someone to record a visit for. Existing rows are left alone.
 */
@Singleton
@Requires(property = "doorstep.demo.enabled", value = "true")
class DemoChildren {
    static final List<ChildEntity> CHILDREN = List.of(
            new ChildEntity("C-1001", "Ava Example", "2014-05-17"),
            new ChildEntity("C-1002", "Ben Sample", "2011-09-02"),
            new ChildEntity("C-1003", "Cara Placeholder", "2017-01-23"),
            new ChildEntity("C-1004", "Dev Fictional", "2009-11-30"),
            new ChildEntity("C-1005", "Eli Madeup", "2019-07-08"));

    private static final Logger LOG = LoggerFactory.getLogger(DemoChildren.class);
    private final ChildRepository children;

    DemoChildren(ChildRepository children) {
        this.children = children;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        int added = 0;
        for (ChildEntity child : CHILDREN) {
            if (!children.existsById(child.id())) {
                children.save(child);
                added++;
            }
        }
        LOG.info("Demo data: {} fictional children added, {} already present", added, CHILDREN.size() - added);
    }
}
