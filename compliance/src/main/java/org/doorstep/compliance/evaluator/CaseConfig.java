package org.doorstep.compliance.evaluator;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import org.doorstep.compliance.time.DayCounting;
import org.doorstep.compliance.time.DueSoonThresholds;
import org.doorstep.compliance.time.Interval;
import org.doorstep.compliance.time.IntervalUnit;

/**
 * A case's {@code config} (local policy). Options a rule does not read are rejected by
 * {@link #rejectUnread()}, so that a misspelt option never silently falls back to the default.
 */
final class CaseConfig {
    private final JsonNode config;
    private final String rule;
    private final Set<String> read = new HashSet<>();

    CaseConfig(JsonNode config, String rule) {
        this.config = config;
        this.rule = rule;
    }

    /**
     * The interval named by one of {@code names} (synonyms such as {@code interval} and {@code window}), or
     * {@code dflt} when none is given.
     */
    Interval interval(Interval dflt, boolean clockHoursAllowed, String... names) {
        String found = null;
        for (String name : names) {
            read.add(name);
            if (config != null && JsonFields.optional(config, name) != null) {
                if (found != null) {
                    throw new CaseException("config." + name, "give either " + found + " or " + name + ", not both");
                }
                found = name;
            }
        }
        if (found == null) {
            return dflt;
        }
        String field = "config." + found;
        JsonNode n = config.get(found);
        if (!n.isObject()) {
            throw new CaseException(field, "must be an object {\"value\": N, \"unit\": U}");
        }
        JsonNode value = JsonFields.optional(n, "value");
        if (value == null || !value.canConvertToInt() || !value.isIntegralNumber() || value.asInt() < 1) {
            throw new CaseException(field + ".value", "must be a whole number of at least 1");
        }
        JsonNode unitNode = JsonFields.optional(n, "unit");
        if (unitNode == null || !unitNode.isTextual()) {
            throw new CaseException(field + ".unit", "missing (working_days, calendar_days, weeks, months or clock_hours)");
        }
        IntervalUnit unit = IntervalUnit.fromCode(unitNode.asText()).orElseThrow(() -> new CaseException(field + ".unit",
                "unknown unit \"" + unitNode.asText() + "\" (working_days, calendar_days, weeks, months or clock_hours)"));
        if (unit == IntervalUnit.CLOCK_HOURS && !clockHoursAllowed) {
            throw new CaseException(field + ".unit", "clock_hours cannot be used for " + rule);
        }
        return new Interval(value.asInt(), unit);
    }

    boolean bool(String name, boolean dflt) {
        read.add(name);
        return config == null ? dflt : JsonFields.optionalBoolean(config, name, "config", dflt);
    }

    /** A text option, or null. */
    String text(String name) {
        read.add(name);
        return config == null ? null : JsonFields.optionalText(config, name, "config");
    }

    /** {@code countStartDayInclusive} (C4) and {@code rollCalendarDeadlineToNextWorkingDay} (C5). */
    DayCounting counting() {
        return new DayCounting(bool("countStartDayInclusive", false), bool("rollCalendarDeadlineToNextWorkingDay", false));
    }

    /** {@code dueSoon} = {"value", "unit"}: replaces the threshold for that unit's kind of rule (C11). */
    DueSoonThresholds dueSoon() {
        read.add("dueSoon");
        DueSoonThresholds d = DueSoonThresholds.DEFAULT;
        if (config == null || JsonFields.optional(config, "dueSoon") == null) {
            return d;
        }
        Interval t = interval(null, true, "dueSoon");
        switch (t.unit()) {
            case WORKING_DAYS:
                return new DueSoonThresholds(d.calendarDays(), t.value(), d.clock());
            case CLOCK_HOURS:
                return new DueSoonThresholds(d.calendarDays(), d.workingDays(), Duration.ofHours(t.value()));
            case WEEKS:
                return new DueSoonThresholds(t.value() * 7, d.workingDays(), d.clock());
            case CALENDAR_DAYS:
                return new DueSoonThresholds(t.value(), d.workingDays(), d.clock());
            default:
                throw new CaseException("config.dueSoon.unit", "must be working_days, calendar_days, weeks or clock_hours");
        }
    }

    /** Rejects options this rule does not have. */
    void rejectUnread() {
        if (config == null) {
            return;
        }
        for (Iterator<String> names = config.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!read.contains(name)) {
                throw new CaseException("config." + name, "not an option of " + rule);
            }
        }
    }
}
