package org.doorstep.protocol.child;

import java.time.LocalDate;

/**
 * Accommodation provided to a care leaver ({@code cl_pa_visit}).
 *
 * @param id                the council's id of the accommodation
 * @param firstProvidedDate the day it was first provided (day 0)
 * @param basis             {@code s23b}, {@code s24b} or {@code other} (reg 8(2) visits apply to the first two)
 * @param endDate           the day it ended; null while provided
 */
public record CareLeaverEpisode(String id, LocalDate firstProvidedDate, String basis, LocalDate endDate) {
}
