package org.doorstep.mobile.visit;

import org.doorstep.mobile.store.LocalVisit;

/** The words and style of a visit's sync state in the list. */
final class StateBadge {
    private StateBadge() {
    }

    static String text(LocalVisit visit) {
        switch (visit.state()) {
            case WAITING:
                return "Waiting to sync";
            case SENT:
                return "Sent";
            case REJECTED:
                return "Rejected: " + (visit.rejection() == null ? "no reason given" : visit.rejection().message());
            default:
                throw new IllegalArgumentException("Unknown state " + visit.state());
        }
    }

    /** One of {@code state-waiting}, {@code state-sent}, {@code state-rejected}. */
    static String styleClass(LocalVisit visit) {
        return "state-" + visit.state().column();
    }
}
