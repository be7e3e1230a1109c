package org.doorstep.compliance.evaluator;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import org.doorstep.compliance.missing.ReturnInterviewResult;
import org.doorstep.compliance.missing.RhiOutcome;
import org.doorstep.compliance.result.Breach;
import org.doorstep.compliance.result.ClockDeadlineResult;
import org.doorstep.compliance.result.DayDeadlineResult;
import org.doorstep.compliance.result.Flag;
import org.doorstep.compliance.result.OneOffResult;
import org.doorstep.compliance.result.PeriodicResult;
import org.doorstep.compliance.result.Status;
import org.doorstep.compliance.time.LondonTime;

/** Writes results in EVALUATOR.md's output format. */
final class ResultJson {
    private ResultJson() {
    }

    /** A periodic rule: next due date, remaining or overdue amount, breaches, and flags for visit rules. */
    static void periodic(ObjectNode out, PeriodicResult r, boolean visitRule) {
        out.put("status", r.status().code());
        out.put("nextDueDate", r.nextDueDate().toString());
        if (r.status() == Status.OVERDUE) {
            out.put("daysOverdue", r.daysOverdue());
            if (r.workingDayRule()) {
                out.put("workingDaysOverdue", r.workingDaysOverdue());
            }
        } else if (r.workingDayRule()) {
            out.put("workingDaysRemaining", r.workingDaysRemaining());
        } else {
            out.put("daysRemaining", r.daysRemaining());
        }
        ArrayNode breaches = out.putArray("breaches");
        for (Breach b : r.breaches()) {
            ObjectNode n = breaches.addObject();
            n.put("from", b.from().toString());
            n.put("due", b.due().toString());
            n.put("metOn", b.metOn() == null ? null : b.metOn().toString());
        }
        if (visitRule) {
            flags(out, r.flags(), true);
        }
    }

    /** A one-off rule, by day or by clock hours; flags always for visit rules, otherwise only when raised. */
    static void oneOff(ObjectNode out, OneOffResult r, boolean visitRule) {
        out.put("status", r.status().code());
        if (r instanceof DayDeadlineResult) {
            DayDeadlineResult d = (DayDeadlineResult) r;
            out.put("deadline", d.deadline().toString());
            d.completedOn().ifPresent(day -> out.put("completedOn", day.toString()));
            dayAmounts(out, d);
        } else {
            ClockDeadlineResult c = (ClockDeadlineResult) r;
            out.put("deadline", LondonTime.format(c.deadline()));
            c.remaining().ifPresent(x -> out.put("remaining", x.toString()));
            c.margin().ifPresent(x -> out.put("margin", x.toString()));
            c.overdueBy().ifPresent(x -> out.put("overdueBy", x.toString()));
            c.lateBy().ifPresent(x -> out.put("lateBy", x.toString()));
        }
        flags(out, r.flags(), visitRule);
    }

    /**
     * A return interview: deadline, the settled KPIs, the outcome when it is not a completion, and the amount
     * that fits the status. The margin is that of the interview itself: a declined offer has none.
     */
    static void returnInterview(ObjectNode out, ReturnInterviewResult r) {
        out.put("status", r.status().code());
        OneOffResult t = r.timing();
        if (t instanceof DayDeadlineResult) {
            out.put("deadline", ((DayDeadlineResult) t).deadline().toString());
            if (r.completedAt() != null) {
                out.put("completedOn", LondonTime.dateOf(r.completedAt()).toString());
            }
        } else {
            out.put("deadline", LondonTime.format(((ClockDeadlineResult) t).deadline()));
        }
        r.offeredWithinWindow().ifPresent(b -> out.put("offeredWithin72h", b));
        r.completedWithinWindow().ifPresent(b -> out.put("completedWithin72h", b));
        if (r.outcome() == RhiOutcome.DECLINED || r.outcome() == RhiOutcome.NOT_REQUIRED) {
            out.put("outcome", r.outcome().code());
        }
        if (t instanceof DayDeadlineResult) {
            if (r.status() == Status.LATE || r.status() == Status.OVERDUE) {
                dayAmounts(out, (DayDeadlineResult) t);
            }
        } else {
            ClockDeadlineResult c = (ClockDeadlineResult) t;
            switch (r.status()) {
                case COMPLIANT:
                    put(out, "margin", r.completionMargin());
                    break;
                case LATE:
                    put(out, "lateBy", c.lateBy().orElse(null));
                    break;
                case OVERDUE:
                    put(out, "overdueBy", c.overdueBy().orElse(null));
                    break;
                case DUE_SOON:
                case NOT_YET_DUE:
                    put(out, "remaining", c.remaining().orElse(null));
                    break;
                default:
                    break;
            }
        }
        flags(out, t.flags(), false);
    }

    private static void dayAmounts(ObjectNode out, DayDeadlineResult d) {
        if (d.status() == Status.LATE) {
            out.put("lateByDays", d.lateByDays());
            if (d.workingDayRule()) {
                out.put("lateByWorkingDays", d.lateByWorkingDays());
            }
        } else if (d.status() == Status.OVERDUE) {
            out.put("daysOverdue", d.daysOverdue());
            if (d.workingDayRule()) {
                out.put("workingDaysOverdue", d.workingDaysOverdue());
            }
        }
    }

    private static void put(ObjectNode out, String name, Duration d) {
        if (d != null) {
            out.put(name, d.toString());
        }
    }

    private static void flags(ObjectNode out, List<Flag> flags, boolean always) {
        if (always || !flags.isEmpty()) {
            ArrayNode list = out.putArray("flags");
            flags.forEach(f -> list.add(f.code()));
        }
    }
}
