package org.doorstep.server.dashboard.team;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.doorstep.server.dashboard.compliance.MonthCounts;
import org.doorstep.server.dashboard.web.Formats;

/**
 * The 12-month trend of visits made in time and late, as an inline SVG bar chart: the geometry is worked out
 * here and the template only draws it, so no markup is ever built from strings. The same figures are shown
 * in a table beside it for screen readers and for anyone who prefers numbers.
 */
public record TrendChart(int width, int height, int baseline, List<Bar> bars, List<Tick> ticks, String summary) {
    static final int WIDTH = 720;
    static final int HEIGHT = 250;
    static final int TOP = 24;
    static final int BOTTOM = 40;
    static final int LEFT = 44;
    private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("MMM yy", Locale.UK);

    /**
     * One month.
     *
     * @param x            left edge
     * @param barWidth     width
     * @param inTimeY      top of the in-time part
     * @param inTimeHeight height of the in-time part
     * @param lateY        top of the late part (stacked above)
     * @param lateHeight   height of the late part
     */
    public record Bar(String month, int inTime, int late, String rate, int x, int barWidth, int inTimeY, int inTimeHeight,
                      int lateY, int lateHeight, int labelX, int rateY) {
    }

    public record Tick(int y, int value) {
    }

    static TrendChart of(List<YearMonth> months, MonthCounts counts) {
        int max = 1;
        for (YearMonth m : months) {
            max = Math.max(max, counts.get(m, MonthCounts.IN_TIME) + counts.get(m, MonthCounts.LATE));
        }
        int step = niceStep(max);
        int top = ((max + step - 1) / step) * step;
        int plot = HEIGHT - TOP - BOTTOM;
        int baseline = HEIGHT - BOTTOM;
        int slot = (WIDTH - LEFT - 8) / months.size();
        int barWidth = Math.max(8, slot * 2 / 3);
        List<Bar> bars = new ArrayList<>();
        int i = 0;
        int inTimeTotal = 0;
        int total = 0;
        for (YearMonth m : months) {
            int inTime = counts.get(m, MonthCounts.IN_TIME);
            int late = counts.get(m, MonthCounts.LATE);
            int hIn = Math.round((float) inTime * plot / top);
            int hLate = Math.round((float) late * plot / top);
            int x = LEFT + i * slot + (slot - barWidth) / 2;
            bars.add(new Bar(LABEL.format(m), inTime, late, Formats.percent(inTime, inTime + late), x, barWidth,
                    baseline - hIn, hIn, baseline - hIn - hLate, hLate, x + barWidth / 2, baseline - hIn - hLate - 6));
            inTimeTotal += inTime;
            total += inTime + late;
            i++;
        }
        List<Tick> ticks = new ArrayList<>();
        for (int v = 0; v <= top; v += step) {
            ticks.add(new Tick(baseline - Math.round((float) v * plot / top), v));
        }
        String summary = "Visits made in time and late in each of the last 12 months; over the 12 months " + inTimeTotal
                + " of " + total + " visits (" + Formats.percent(inTimeTotal, total) + ") were in time.";
        return new TrendChart(WIDTH, HEIGHT, baseline, bars, ticks, summary);
    }

    private static int niceStep(int max) {
        int[] steps = {1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10000, 20000, 50000, 100000};
        for (int s : steps) {
            if (max / s <= 5) {
                return s;
            }
        }
        return (max / 5) + 1;
    }
}
