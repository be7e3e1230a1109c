package org.doorstep.server.dashboard.web;

import io.micronaut.core.annotation.Nullable;
import org.doorstep.protocol.auth.Role;
import org.doorstep.server.dashboard.session.WebSession;

/**
 * What every dashboard page shows around its content: the title, who is signed in and the navigation they
 * may use, and the session's form token for the sign-out form.
 *
 * @param title     the page's title (also the document title)
 * @param signedIn  whether someone is signed in
 * @param userName  their name, or null
 * @param roleLabel their roles in words, or null
 * @param formToken the session's form token, or null
 * @param manager   whether the team pages are theirs (team manager)
 * @param workerId  their own id when they are a social worker (their caseload page), or null
 */
public record Frame(String title, boolean signedIn, @Nullable String userName, @Nullable String roleLabel,
                    @Nullable String formToken, boolean manager, @Nullable String workerId) {

    public static Frame anonymous(String title) {
        return new Frame(title, false, null, null, null, false, null);
    }

    public static Frame of(String title, WebSession session) {
        return new Frame(title, true, session.displayName(), RoleLabels.of(session.roles()), session.formToken(),
                session.has(Role.TEAM_MANAGER), session.has(Role.SOCIAL_WORKER) ? session.userId() : null);
    }
}
