package org.doorstep.server.exports;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * List 8's missing columns: the episodes that began on a day in the last 12 months while the child was in a
 * placement, and the return interview after the last of them.
 *
 * @param count    how many such episodes
 * @param offered  "Was the child offered a Return Interview after their last missing episode": blank when
 *                 there was no episode or the child had not returned by the day
 * @param accepted "Did the child accept...": blank when no interview was offered
 */
record MissingSummary(int count, @Nullable String offered, @Nullable String accepted) {

    static MissingSummary of(ChildCase child, AsAt asAt) {
        LocalDate from = asAt.twelveMonthsFrom();
        List<ChildCase.Missing> counted = child.missing().stream()
                .filter(m -> !m.day().isBefore(from) && !m.day().isAfter(asAt.date()))
                .filter(m -> child.placements().stream().anyMatch(p -> p.covers(m.day())))
                .toList();
        Optional<ChildCase.Missing> last = counted.stream().max(Comparator.comparing(ChildCase.Missing::wentMissingAt));
        if (last.isEmpty() || last.get().returnedAt() == null) {
            return new MissingSummary(counted.size(), null, null);
        }
        List<ChildCase.Interview> interviews = last.get().interviews();
        if (interviews.stream().noneMatch(ChildCase.Interview::offered)) {
            return new MissingSummary(counted.size(), Codes.NO, null);
        }
        String accepted = interviews.stream().anyMatch(ChildCase.Interview::completed) ? Codes.YES
                : interviews.stream().anyMatch(ChildCase.Interview::declined) ? Codes.NO : Codes.UNKNOWN;
        return new MissingSummary(counted.size(), Codes.YES, accepted);
    }
}
