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

    int intervalAt(LocalDate date) {
        return date.isBefore(switchOn) ? early : later;
    }
}
