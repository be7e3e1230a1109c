package org.doorstep.compliance.careleavers;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Accommodation provided to a care leaver.
 *
 * @param firstProvidedDate      the day the accommodation was first provided (day 0)
 * @param basis                  the legal basis
 * @param pathwayPlanReviewDates pathway plan reviews (past and scheduled): a visit is due before each (reg 8(2)(b))
 * @param endDate                the day it ended; {@code null} while provided
 * @param evaluateFrom           gaps opening before this day are not assessed (C14); may be null
 */
public record CareLeaverAccommodation(LocalDate firstProvidedDate, AccommodationBasis basis,
                                      List<LocalDate> pathwayPlanReviewDates, LocalDate endDate,
                                      LocalDate evaluateFrom) {
    public CareLeaverAccommodation {
        Objects.requireNonNull(firstProvidedDate, "firstProvidedDate");
        Objects.requireNonNull(basis, "basis");
        pathwayPlanReviewDates = pathwayPlanReviewDates.stream().sorted().distinct().toList();
    }
}
