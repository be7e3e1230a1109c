package org.doorstep.server.dashboard.team;

import io.micronaut.core.annotation.Nullable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.doorstep.server.dashboard.compliance.Regime;
import org.doorstep.server.dashboard.compliance.SnapshotRow;
import org.doorstep.server.dashboard.compliance.VisitStatus;
import org.doorstep.server.dashboard.web.PageRefusal;

/**
 * The team pages' filters: a worker of the team, a regime, a status (each optional). With a regime, the status
 * is the child's status on that regime; without, the child's worst status.
 */
public record Filters(@Nullable String worker, @Nullable Regime regime, @Nullable VisitStatus status) {
    public static final Filters NONE = new Filters(null, null, null);

    /**
     * Reads the filters from the address.
     *
     * @throws PageRefusal 400 naming the value that is not understood
     */
    public static Filters parse(@Nullable String worker, @Nullable String regime, @Nullable String status,
                                List<TeamScope.Worker> teamWorkers) {
        String w = blank(worker) ? null : worker;
        if (w != null && teamWorkers.stream().noneMatch(t -> t.id().equals(w))) {
            throw PageRefusal.badRequest("The worker filter names nobody in your team. Choose a worker from the list.");
        }
        Regime r = blank(regime) ? null : Regime.fromCode(regime).orElseThrow(() -> PageRefusal.badRequest(
                "There is no visiting regime called '" + clip(regime) + "'. Choose one from the list."));
        VisitStatus s = blank(status) ? null : VisitStatus.fromCode(status).orElseThrow(() -> PageRefusal.badRequest(
                "There is no status called '" + clip(status) + "'. Choose one from the list."));
        return new Filters(w, r, s);
    }

    public boolean matches(SnapshotRow row) {
        if (worker != null && !worker.equals(row.snapshot().workerId())) {
            return false;
        }
        if (regime != null && !row.snapshot().regimes().containsKey(regime)) {
            return false;
        }
        return status == null || statusOf(row) == status;
    }

    /** The row's status as these filters read it. */
    public VisitStatus statusOf(SnapshotRow row) {
        return regime == null ? row.snapshot().worst() : row.snapshot().regimes().get(regime).status();
    }

    public Filters withRegime(@Nullable Regime r) {
        return new Filters(worker, r, status);
    }

    public Filters withStatus(@Nullable VisitStatus s) {
        return new Filters(worker, regime, s);
    }

    public boolean any() {
        return worker != null || regime != null || status != null;
    }

    /** The filters as an address query, {@code ""} when there are none. */
    public String query() {
        StringBuilder q = new StringBuilder();
        add(q, "worker", worker);
        add(q, "regime", regime == null ? null : regime.code());
        add(q, "status", status == null ? null : status.code());
        return q.toString();
    }

    private static void add(StringBuilder q, String name, String value) {
        if (value != null) {
            q.append(q.isEmpty() ? '?' : '&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String clip(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }
}
