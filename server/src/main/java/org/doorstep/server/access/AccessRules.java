package org.doorstep.server.access;

import io.micronaut.core.annotation.Nullable;
import org.doorstep.protocol.auth.Role;
import org.doorstep.server.scope.Caller.Channel;

/**
 * The access rules, as one pure function of the caller and the child's state, so that the same decision
 * serves push, pull, reads and the pull's view of past states. See docs/ACCESS.md.
 *
 * <ul>
 *   <li>social_worker: WRITE on children allocated to them; READ on their team's other children when
 *       covering reads are enabled.</li>
 *   <li>rhi_officer: children of a team in their area that have at least one missing episode: WRITE on
 *       missing episodes and return interviews, READ on visits.</li>
 *   <li>team_manager: WRITE on their team's children.</li>
 *   <li>administrator: nothing on case records.</li>
 *   <li>Closed cases: READ for their team's manager on the API and the dashboard; nothing for anyone through
 *       sync, so they leave every device.</li>
 * </ul>
 * A person with several roles gets the widest access any of them gives.
 */
final class AccessRules {
    private AccessRules() {
    }

    static Access of(CallerProfile who, ChildState child, @Nullable String childArea, Channel channel, RecordArea area,
                     boolean coveringReads) {
        Access access = Access.NONE;
        boolean ownTeam = who.teamId() != null && who.teamId().equals(child.teamId());
        if (who.has(Role.TEAM_MANAGER) && ownTeam) {
            access = child.closed() ? (channel == Channel.SYNC ? Access.NONE : Access.READ) : Access.WRITE;
        }
        if (child.closed()) {
            return access;
        }
        if (who.has(Role.SOCIAL_WORKER)) {
            if (who.userId().equals(child.workerId())) {
                access = access.or(Access.WRITE);
            } else if (coveringReads && ownTeam) {
                access = access.or(Access.READ);
            }
        }
        if (who.has(Role.RHI_OFFICER) && child.hasMissing() && who.area() != null && who.area().equals(childArea)) {
            access = access.or(area == RecordArea.MISSING ? Access.WRITE : Access.READ);
        }
        return access;
    }

    /** Whether the caller may see the child at all, for whichever kind of record. */
    static boolean sees(CallerProfile who, ChildState child, @Nullable String childArea, Channel channel, boolean coveringReads) {
        return of(who, child, childArea, channel, RecordArea.MISSING, coveringReads).canRead()
                || of(who, child, childArea, channel, RecordArea.VISITS, coveringReads).canRead();
    }
}
