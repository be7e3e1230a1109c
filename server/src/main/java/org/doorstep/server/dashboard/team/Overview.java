package org.doorstep.server.dashboard.team;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.doorstep.server.dashboard.compliance.MonthCounts;
import org.doorstep.server.dashboard.compliance.Regime;
import org.doorstep.server.dashboard.compliance.RhiClock;
import org.doorstep.server.dashboard.compliance.SnapshotReader;
import org.doorstep.server.dashboard.compliance.SnapshotRow;
import org.doorstep.server.dashboard.compliance.VisitStatus;
import org.doorstep.server.dashboard.review.ReviewItem;
import org.doorstep.server.dashboard.web.Formats;

/** Works out the team overview's figures from the snapshot rows of the filtered children. Pure. */
final class Overview {
    static final String PAGE = "/dashboard/team";
    static final String LIST = "/dashboard/team/children";
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    private Overview() {
    }

    static TeamOverviewPage build(TeamScope.Team team, Filters filters, List<TeamScope.Worker> workers, List<SnapshotRow> all,
                                  List<SnapshotReader.RhiRow> clocks, List<ReviewItem> reviews, Instant now) {
        List<SnapshotRow> rows = all.stream().filter(filters::matches).toList();
        Set<String> ids = rows.stream().map(SnapshotRow::childId).collect(Collectors.toSet());
        List<TeamOverviewPage.CountRow> counts = new ArrayList<>();
        for (Regime regime : Regime.values()) {
            counts.add(countRow(regime.label(), regime, rows, filters));
        }
        counts.add(countRow("All visiting regimes (most urgent)", null, rows, filters));
        int noRule = (int) rows.stream().filter(r -> r.snapshot().worst() == VisitStatus.NONE).count();

        YearMonth current = YearMonth.from(now.atZone(Formats.LONDON));
        List<YearMonth> months = new ArrayList<>();
        for (int i = 11; i >= 0; i--) {
            months.add(current.minusMonths(i));
        }
        MonthCounts sum = new MonthCounts();
        rows.forEach(r -> sum.addAll(r.snapshot().months()));
        int inTime = sum.get(current, MonthCounts.IN_TIME);
        int late = sum.get(current, MonthCounts.LATE);
        TeamOverviewPage.MonthSummary thisMonth = new TeamOverviewPage.MonthSummary(MONTH.format(current), inTime, late,
                Formats.percent(inTime, inTime + late), sum.get(current, MonthCounts.NOT_SEEN));
        int seen = 0;
        int alone = 0;
        for (YearMonth m : months) {
            seen += sum.get(m, MonthCounts.SEEN);
            alone += sum.get(m, MonthCounts.SEEN_ALONE);
        }
        int awaiting = (int) reviews.stream().filter(r -> ids.contains(r.childId()) && r.awaiting()).count();
        String reviewsHref = "/dashboard/team/reviews" + new Filters(filters.worker(), null, null).query();
        TeamOverviewPage.SeenAlone seenAlone = new TeamOverviewPage.SeenAlone(seen, alone, Formats.percent(alone, seen),
                sum.get(current, MonthCounts.SEEN), sum.get(current, MonthCounts.SEEN_ALONE),
                Formats.percent(sum.get(current, MonthCounts.SEEN_ALONE), sum.get(current, MonthCounts.SEEN)), awaiting, reviewsHref);
        List<SnapshotReader.RhiRow> ours = clocks.stream().filter(c -> ids.contains(c.clock().childId())).toList();
        TeamOverviewPage.Interviews interviews = interviews(ours, now, months.get(0),
                "/dashboard/team/return-interviews" + new Filters(filters.worker(), null, null).query());
        return new TeamOverviewPage(team.name(), FilterForm.of(PAGE, filters, workers), counts,
                new TeamOverviewPage.Cell(noRule, LIST + filters.withRegime(null).withStatus(VisitStatus.NONE).query()),
                thisMonth, TrendChart.of(months, sum), seenAlone, interviews, LIST + filters.query(),
                LIST + ".csv" + filters.query(), rows.size());
    }

    private static TeamOverviewPage.CountRow countRow(String label, Regime regime, List<SnapshotRow> rows, Filters filters) {
        Filters base = filters.withRegime(regime).withStatus(null);
        int[] n = new int[3];
        for (SnapshotRow row : rows) {
            VisitStatus status = regime == null ? row.snapshot().worst()
                    : row.snapshot().regimes().containsKey(regime) ? row.snapshot().regimes().get(regime).status() : null;
            if (status == VisitStatus.OVERDUE) {
                n[0]++;
            } else if (status == VisitStatus.DUE_SOON) {
                n[1]++;
            } else if (status == VisitStatus.COMPLIANT) {
                n[2]++;
            }
        }
        return new TeamOverviewPage.CountRow(label,
                cell(n[0], base.withStatus(VisitStatus.OVERDUE)), cell(n[1], base.withStatus(VisitStatus.DUE_SOON)),
                cell(n[2], base.withStatus(VisitStatus.COMPLIANT)), cell(n[0] + n[1] + n[2], base));
    }

    private static TeamOverviewPage.Cell cell(int count, Filters filters) {
        return new TeamOverviewPage.Cell(count, LIST + filters.query());
    }

    static TeamOverviewPage.Interviews interviews(List<SnapshotReader.RhiRow> clocks, Instant now, YearMonth from, String href) {
        Instant since = from.atDay(1).atStartOfDay(Formats.LONDON).toInstant();
        int decided = 0;
        int offered = 0;
        int completedDecided = 0;
        int completed = 0;
        int overdue = 0;
        List<SnapshotReader.RhiRow> pending = new ArrayList<>();
        for (SnapshotReader.RhiRow row : clocks) {
            RhiClock c = row.clock();
            if (!c.returnedAt().isBefore(since)) {
                if (c.offeredInTime() != null) {
                    decided++;
                    offered += c.offeredInTime() ? 1 : 0;
                }
                if (c.completedInTime() != null) {
                    completedDecided++;
                    completed += c.completedInTime() ? 1 : 0;
                }
            }
            if (c.pending()) {
                pending.add(row);
            } else if (c.overdue()) {
                overdue++;
            }
        }
        pending.sort(Comparator.comparing(r -> r.clock().deadline()));
        List<TeamOverviewPage.PendingInterview> soon = pending.stream()
                .filter(r -> Duration.between(now, r.clock().deadline()).compareTo(Duration.ofHours(24)) <= 0)
                .map(r -> pendingInterview(r, now)).toList();
        return new TeamOverviewPage.Interviews(decided, offered, Formats.percent(offered, decided), completedDecided, completed,
                Formats.percent(completed, completedDecided), pending.size(), overdue, soon, href);
    }

    static TeamOverviewPage.PendingInterview pendingInterview(SnapshotReader.RhiRow r, Instant now) {
        Duration left = Duration.between(now, r.clock().deadline());
        return new TeamOverviewPage.PendingInterview(r.clock().childId(), r.childName(), r.workerName() == null ? "" : r.workerName(),
                Formats.dateTime(r.clock().returnedAt()), Formats.dateTime(r.clock().deadline()), r.clock().deadline().toString(),
                Formats.timeLeft(left), !left.isNegative() && left.compareTo(Duration.ofHours(24)) <= 0, r.clock().status());
    }

    /** The filtered rows in the order a manager reads them: most urgent first. */
    static List<SnapshotRow> ordered(List<SnapshotRow> rows, Filters filters) {
        Comparator<SnapshotRow> order = Comparator.comparing((SnapshotRow r) -> filters.statusOf(r).ordinal())
                .thenComparing(r -> -r.snapshot().daysOverdue())
                .thenComparing(r -> r.snapshot().nextDue() == null ? LocalDate.MAX : r.snapshot().nextDue())
                .thenComparing(SnapshotRow::childName);
        return rows.stream().filter(filters::matches).sorted(order).toList();
    }
}
