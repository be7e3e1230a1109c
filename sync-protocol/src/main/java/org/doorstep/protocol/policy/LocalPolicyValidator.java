package org.doorstep.protocol.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.doorstep.protocol.ApiError;
import org.doorstep.protocol.ErrorCode;
import org.doorstep.protocol.FieldChecks;

/**
 * Checks a policy document before it is saved: every field present, units and measures known, every
 * number within the range a council could mean. Errors name the field ({@code childProtection.interval}).
 */
public final class LocalPolicyValidator {
    /** The largest interval a council may set per unit of a CP or CIN visiting standard. */
    public static final Map<String, Integer> VISIT_MAXIMUM = Map.of(
            "working_days", 60, "calendar_days", 90, "weeks", 13, "months", 6);
    /** The largest return interview window per unit. */
    public static final Map<String, Integer> RHI_MAXIMUM = Map.of(
            "clock_hours", 168, "working_days", 10, "calendar_days", 7);
    public static final List<String> MEASURES = List.of("offer", "completed", "completed_or_declined");
    public static final List<String> REPEAT_EPISODES = List.of("each_episode", "combine_if_missing_again_before_deadline");

    private LocalPolicyValidator() {
    }

    /** Every problem found, in field order; empty when the policy may be saved. */
    public static List<ApiError> validate(LocalPolicy policy) {
        List<ApiError> errors = new ArrayList<>();
        if (policy == null) {
            errors.add(ApiError.of(ErrorCode.REQUIRED, "A policy document is required"));
            return errors;
        }
        visits(policy.childProtection(), "childProtection", errors);
        visits(policy.childInNeed(), "childInNeed", errors);
        LocalPolicy.ReturnInterviewStandard rhi = policy.returnInterviews();
        if (FieldChecks.present(rhi, "returnInterviews", errors)) {
            window(rhi.window(), rhi.unit(), RHI_MAXIMUM, "returnInterviews.window", "returnInterviews.unit", errors);
            oneOf(rhi.measure(), MEASURES, "returnInterviews.measure", errors);
            oneOf(rhi.repeatEpisodes(), REPEAT_EPISODES, "returnInterviews.repeatEpisodes", errors);
        }
        LocalPolicy.DueSoon dueSoon = policy.dueSoon();
        if (FieldChecks.present(dueSoon, "dueSoon", errors)) {
            range(dueSoon.calendarDays(), 0, 31, "dueSoon.calendarDays", "calendar days", errors);
            range(dueSoon.workingDays(), 0, 10, "dueSoon.workingDays", "working days", errors);
            range(dueSoon.clockHours(), 0, 72, "dueSoon.clockHours", "hours", errors);
        }
        return errors;
    }

    private static void visits(LocalPolicy.VisitStandard standard, String field, List<ApiError> errors) {
        if (!FieldChecks.present(standard, field, errors)) {
            return;
        }
        window(standard.interval(), standard.unit(), VISIT_MAXIMUM, field + ".interval", field + ".unit", errors);
        FieldChecks.present(standard.countStartDayInclusive(), field + ".countStartDayInclusive", errors);
        FieldChecks.present(standard.rollCalendarDeadlineToNextWorkingDay(), field + ".rollCalendarDeadlineToNextWorkingDay", errors);
        FieldChecks.present(standard.requireSeenAloneForFrequency(), field + ".requireSeenAloneForFrequency", errors);
    }

    private static void window(Integer value, String unit, Map<String, Integer> maxima, String valueField, String unitField,
                               List<ApiError> errors) {
        if (!oneOf(unit, maxima.keySet().stream().sorted().toList(), unitField, errors)) {
            FieldChecks.present(value, valueField, errors);
            return;
        }
        range(value, 1, maxima.get(unit), valueField, unit.replace('_', ' '), errors);
    }

    private static void range(Integer value, int min, int max, String field, String what, List<ApiError> errors) {
        if (FieldChecks.present(value, field, errors) && (value < min || value > max)) {
            errors.add(ApiError.onField(ErrorCode.INVALID_FORMAT, field,
                    field + " must be " + min + " to " + max + " " + what + "; it is " + value));
        }
    }

    private static boolean oneOf(String value, List<String> allowed, String field, List<ApiError> errors) {
        if (!FieldChecks.present(value, field, errors)) {
            return false;
        }
        if (!allowed.contains(value)) {
            errors.add(ApiError.onField(ErrorCode.INVALID_FORMAT, field,
                    "Unknown " + field + " '" + value + "'; use one of " + String.join(", ", allowed)));
            return false;
        }
        return true;
    }
}
