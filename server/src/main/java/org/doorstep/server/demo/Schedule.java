package org.doorstep.server.demo;

import java.time.LocalDate;

/**
 * Roughly how often a child's regime wants a visit, which the generator aims at (mostly early, sometimes
 * late): the first visit within {@code firstWithin} days of {@code start}, then every {@code early} days,
 * and every {@code later} days from {@code switchOn} (e.g. after the first review or the first year).
 */
record Schedule(LocalDate start, int firstWithin, int early, LocalDate switchOn, int later) {
    static Schedule every(LocalDate start, int firstWithin, int days) {
        return new Schedule(start, firstWithin, days, start, days);
    }

    /** The same schedule with visits {@code density} times as often (at least a day apart). */
    Schedule denser(double density) {
        if (density == 1.0) {
            return this;
        }
        return new Schedule(start, shorter(firstWithin, density), shorter(early, density), switchOn, shorter(later, density));
    }

    private static int shorter(int days, double density) {
        return Math.max(1, (int) Math.round(days / density));
    }

    int intervalAt(LocalDate date) {
        return date.isBefore(switchOn) ? early : later;
    }
}
