package org.doorstep.server.sync;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.doorstep.protocol.child.CaseloadChild;
import org.doorstep.protocol.missing.MissingEpisode;
import org.doorstep.protocol.missing.ReturnInterview;
import org.doorstep.protocol.missing.StoredMissingEpisode;
import org.doorstep.protocol.missing.StoredReturnInterview;
import org.doorstep.protocol.pull.ChildChange;
import org.doorstep.protocol.pull.MissingEpisodeChange;
import org.doorstep.protocol.pull.ReturnInterviewChange;
import org.doorstep.protocol.pull.VisitChange;
import org.doorstep.server.children.CaseloadChildren;
import org.doorstep.server.children.ChildEntity;
import org.doorstep.server.children.ChildRepository;
import org.doorstep.server.missing.MissingRecords;
import org.doorstep.server.records.StoredRow;
import org.doorstep.server.visits.VisitEntity;
import org.doorstep.server.visits.VisitRepository;
import org.doorstep.server.visits.VisitRows;

/**
 * Reads numbered changes of children and their records from every table, for {@link PullService}. A child's
 * change carries the child as it stands now, with its team and episodes ({@link CaseloadChildren}).
 */
@Singleton
class ChangeReader {
    private final ChildRepository children;
    private final CaseloadChildren caseload;
    private final VisitRepository visits;
    private final MissingRecords missing;

    ChangeReader(ChildRepository children, CaseloadChildren caseload, VisitRepository visits, MissingRecords missing) {
        this.children = children;
        this.caseload = caseload;
        this.visits = visits;
        this.missing = missing;
    }

    /** The changes of one table in (after, upTo], at most {@code limit}, and whether the limit cut them short. */
    record Batch(List<NumberedChange> changes, boolean full) {
        long last() {
            return changes.get(changes.size() - 1).number();
        }
    }

    /**
     * One batch per table, of the given children only ({@code null}: every child).
     */
    List<Batch> between(long after, long upTo, Set<String> childIds, int limit) {
        if (childIds != null && childIds.isEmpty()) {
            return List.of();
        }
        List<ChildEntity> childRows = childIds == null ? children.findChangedBetween(after, upTo, limit)
                : children.findChangedBetweenAmong(after, upTo, childIds, limit);
        List<VisitEntity> visitRows = childIds == null ? visits.findChangedBetween(after, upTo, limit)
                : visits.findChangedBetweenAmong(after, upTo, childIds, limit);
        List<StoredRow<MissingEpisode>> episodes = childIds == null ? missing.episodes().changedBetween(after, upTo, limit)
                : missing.episodes().changedBetween(after, upTo, childIds, limit);
        List<StoredRow<ReturnInterview>> interviews = childIds == null ? missing.interviews().changedBetween(after, upTo, limit)
                : missing.interviews().changedBetween(after, upTo, childIds, limit);
        return List.of(batch(children(childRows), limit),
                batch(visitRows.stream().map(ChangeReader::visit).toList(), limit),
                batch(episodes.stream().map(this::episode).toList(), limit),
                batch(interviews.stream().map(this::interview).toList(), limit));
    }

    /** The child itself, then every version of its records numbered at or below {@code upTo}, in change order. */
    List<NumberedChange> wholeChild(String childId, long upTo) {
        List<NumberedChange> records = new ArrayList<>();
        visits.findOfChildUpTo(childId, upTo).forEach(row -> records.add(visit(row)));
        missing.episodes().ofChildUpTo(childId, upTo).forEach(row -> records.add(episode(row)));
        missing.interviews().ofChildUpTo(childId, upTo).forEach(row -> records.add(interview(row)));
        records.sort(Comparator.comparingLong(NumberedChange::number));
        List<NumberedChange> all = new ArrayList<>(records.size() + 1);
        children.findById(childId).ifPresent(child -> all.addAll(children(List.of(child))));
        all.addAll(records);
        return all;
    }

    private static Batch batch(List<NumberedChange> changes, int limit) {
        return new Batch(changes, changes.size() >= limit);
    }

    private List<NumberedChange> children(List<ChildEntity> rows) {
        Map<String, CaseloadChild> withEpisodes = caseload.of(rows);
        return rows.stream().map(child -> new NumberedChange(child.changeSeq(), child.id(),
                new ChildChange(withEpisodes.get(child.id())))).toList();
    }

    private static NumberedChange visit(VisitEntity visit) {
        return new NumberedChange(visit.changeSeq(), visit.childId(), new VisitChange(VisitRows.toStored(visit)));
    }

    private NumberedChange episode(StoredRow<MissingEpisode> row) {
        return new NumberedChange(row.changeSeq(), row.childId(),
                new MissingEpisodeChange((StoredMissingEpisode) missing.episodes().toStored(row)));
    }

    private NumberedChange interview(StoredRow<ReturnInterview> row) {
        return new NumberedChange(row.changeSeq(), row.childId(),
                new ReturnInterviewChange((StoredReturnInterview) missing.interviews().toStored(row)));
    }
}
