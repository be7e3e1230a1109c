package org.doorstep.mobile.pull;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.doorstep.protocol.child.CaseloadChild;
import org.doorstep.protocol.missing.MissingEpisode;
import org.doorstep.protocol.missing.ReturnInterview;
import org.doorstep.protocol.policy.LocalPolicy;

/**
 * The server's copy of the caseload as the device holds it.
 *
 * @param policy   the council's policy from the last pull; null before a pull brought one
 * @param pulledAt when a page was last applied; null before the first
 * @param children every child held, by name then id
 */
public record CaseloadSnapshot(LocalPolicy policy, Instant pulledAt, List<ChildFile> children) {
    public CaseloadSnapshot {
        children = List.copyOf(children);
    }

    /**
     * One child with the latest version of each of its records the server holds.
     *
     * @param child           the child as last pulled (its {@code episodes} null when the server sent none)
     * @param visits          the child's visits
     * @param missingEpisodes the child's missing episodes
     * @param interviews      the child's return interviews
     */
    public record ChildFile(CaseloadChild child, List<PulledVisit> visits, List<MissingEpisode> missingEpisodes,
                            List<ReturnInterview> interviews) {
        public ChildFile {
            Objects.requireNonNull(child, "child");
            visits = List.copyOf(visits);
            missingEpisodes = List.copyOf(missingEpisodes);
            interviews = List.copyOf(interviews);
        }
    }
}
