package org.doorstep.mobile.pull;

import java.util.List;
import org.doorstep.mobile.store.StoreException;
import org.doorstep.protocol.missing.MissingEpisode;
import org.doorstep.protocol.missing.ReturnInterview;
import org.doorstep.protocol.policy.LocalPolicyValidator;
import org.doorstep.protocol.pull.Change;
import org.doorstep.protocol.pull.ChildChange;
import org.doorstep.protocol.pull.ChildRemovedChange;
import org.doorstep.protocol.pull.MissingEpisodeChange;
import org.doorstep.protocol.pull.PolicyChange;
import org.doorstep.protocol.pull.ReturnInterviewChange;
import org.doorstep.protocol.pull.VisitChange;
import org.doorstep.protocol.visit.Visit;

/**
 * What a change must carry to be stored, checked the same way by every {@link CaseloadStore} as it applies a
 * page: a change that fails stops the page, and nothing of it is kept.
 */
final class PageRules {
    private PageRules() {
    }

    static void requireCursor(String nextCursor) {
        if (nextCursor == null || nextCursor.isBlank()) {
            throw new StoreException("The server's page has no cursor to continue from; nothing of it was kept");
        }
    }

    static void requireStorable(Change change, int index) {
        String problem = problem(change);
        if (problem != null) {
            throw new StoreException("Change " + (index + 1) + " of the server's page " + problem
                    + "; nothing of the page was kept");
        }
    }

    static void requireChanges(List<Change> changes) {
        if (changes == null) {
            throw new StoreException("The server's page has no list of changes; nothing of it was kept");
        }
    }

    private static String problem(Change change) {
        if (change == null) {
            return "is empty";
        }
        if (change instanceof ChildChange c) {
            return c.child() == null || blank(c.child().id()) ? "is a child without an id" : null;
        }
        if (change instanceof VisitChange v) {
            Visit visit = v.visit() == null ? null : v.visit().visit();
            return visit == null || visit.id() == null || blank(visit.childId()) || visit.occurredAt() == null
                    || visit.seen() == null ? "is a visit without its id, child, time or whether the child was seen" : null;
        }
        if (change instanceof MissingEpisodeChange m) {
            MissingEpisode episode = m.episode() == null ? null : m.episode().episode();
            return episode == null || episode.id() == null || blank(episode.childId()) || episode.wentMissingAt() == null
                    ? "is a missing episode without its id, child or start" : null;
        }
        if (change instanceof ReturnInterviewChange r) {
            ReturnInterview interview = r.interview() == null ? null : r.interview().interview();
            return interview == null || interview.id() == null || interview.episodeId() == null || blank(interview.childId())
                    ? "is a return interview without its id, episode or child" : null;
        }
        if (change instanceof ChildRemovedChange r) {
            return blank(r.childId()) ? "removes a child without naming it" : null;
        }
        if (change instanceof PolicyChange p) {
            return p.policy() == null ? "is a policy change without the policy"
                    : LocalPolicyValidator.validate(p.policy()).isEmpty() ? null
                    : "is a council policy this app cannot use (" + LocalPolicyValidator.validate(p.policy()).get(0).message() + ")";
        }
        return "is of a kind this app does not know";
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
