package org.doorstep.server.children;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import io.micronaut.transaction.annotation.Transactional;
import java.util.List;
import org.doorstep.server.db.ChangeNumbers;
import org.doorstep.server.db.ChangeSequence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Seeds a few obviously fictional children when {@code doorstep.demo.enabled} is true, so that a
 * newcomer's first run has someone to record a visit for. Existing rows are left alone.
 */
@Singleton
@Requires(property = "doorstep.demo.enabled", value = "true")
class DemoChildren {
    /** Id, name, date of birth. */
    static final List<String[]> CHILDREN = List.of(
            new String[] {"C-1001", "Ava Example", "2014-05-17"},
            new String[] {"C-1002", "Ben Sample", "2011-09-02"},
            new String[] {"C-1003", "Cara Placeholder", "2017-01-23"},
            new String[] {"C-1004", "Dev Fictional", "2009-11-30"},
            new String[] {"C-1005", "Eli Madeup", "2019-07-08"});

    private static final Logger LOG = LoggerFactory.getLogger(DemoChildren.class);
    private final ChildRepository children;
    private final ChangeSequence changes;

    DemoChildren(ChildRepository children, ChangeSequence changes) {
        this.children = children;
        this.changes = changes;
    }

    @EventListener
    @Transactional
    void onStartup(StartupEvent event) {
        int added = 0;
        ChangeNumbers numbers = changes.reserve(CHILDREN.size());
        for (String[] child : CHILDREN) {
            if (!children.existsById(child[0])) {
                children.save(new ChildEntity(child[0], child[1], child[2], numbers.next()));
                added++;
            }
        }
        LOG.info("Demo data: {} fictional children added, {} already present", added, CHILDREN.size() - added);
    }
}
