package org.doorstep.server.dashboard.team;

import java.util.List;

/**
 * The filter form of the team pages.
 *
 * @param action   where the form goes (the page itself)
 * @param workers  the worker choices (value, label, selected)
 * @param regimes  the regime choices
 * @param statuses the status choices
 * @param clearHref the page with no filters, or null when none is set
 */
public record FilterForm(String action, List<Option> workers, List<Option> regimes, List<Option> statuses, String clearHref) {
    public record Option(String value, String label, boolean selected) {
    }

    static FilterForm of(String action, Filters filters, List<TeamScope.Worker> workers) {
        List<Option> w = new java.util.ArrayList<>();
        w.add(new Option("", "All workers", filters.worker() == null));
        workers.forEach(x -> w.add(new Option(x.id(), x.name(), x.id().equals(filters.worker()))));
        List<Option> r = new java.util.ArrayList<>();
        r.add(new Option("", "All regimes", filters.regime() == null));
        for (var regime : org.doorstep.server.dashboard.compliance.Regime.values()) {
            r.add(new Option(regime.code(), regime.label(), regime == filters.regime()));
        }
        List<Option> s = new java.util.ArrayList<>();
        s.add(new Option("", "All statuses", filters.status() == null));
        for (var status : org.doorstep.server.dashboard.compliance.VisitStatus.values()) {
            s.add(new Option(status.code(), status.label(), status == filters.status()));
        }
        return new FilterForm(action, w, r, s, filters.any() ? action : null);
    }
}
