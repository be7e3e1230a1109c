package org.doorstep.server.exports;

import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.doorstep.protocol.ApiError;
import org.doorstep.protocol.ErrorCode;
import org.doorstep.protocol.auth.Role;
import org.doorstep.server.access.AccessPolicy;
import org.doorstep.server.access.CallerProfile;
import org.doorstep.server.audit.AuditEntry;
import org.doorstep.server.audit.AuditLog;
import org.doorstep.server.scope.Caller;
import org.doorstep.server.web.ApiErrorException;

/**
 * Produces an Annex A list for a team manager: the children of their team that the access policy lets them
 * read, as at a day, written as CSV or XLSX, each exported child recorded in the audit trail before the file
 * is handed back. See docs/ANNEX-A.md and docs/ACCESS.md.
 */
@Singleton
public class AnnexAExports {
    private final AccessPolicy access;
    private final TeamCases cases;
    private final AuditLog audit;

    AnnexAExports(AccessPolicy access, TeamCases cases, AuditLog audit) {
        this.access = access;
        this.cases = cases;
        this.audit = audit;
    }

    /** A written list and what to call it. */
    record Export(String fileName, AnnexAFormat format, byte[] content, int children) {
    }

    /**
     * Refuses anyone who is not a team manager: 403 {@code forbidden}. Checked before anything else about the
     * request, so a refusal tells nothing about lists, dates or children.
     */
    static void requireManager(Caller caller) {
        if (!caller.has(Role.TEAM_MANAGER)) {
            throw new ApiErrorException(HttpStatus.FORBIDDEN, ApiError.of(ErrorCode.FORBIDDEN,
                    "Ofsted Annex A lists are for team managers: they list every child of the manager's team"));
        }
    }

    Export export(Caller caller, AnnexAList list, AnnexAFormat format, AsAt asAt) {
        requireManager(caller);
        CallerProfile who = access.profile(caller);
        Sheet sheet;
        if (who.teamId() == null) {
            sheet = ListBuilder.of(list).sheet(List.of(), asAt);
        } else {
            Set<String> readable = access.visibleChildren(caller).keySet();
            sheet = ListBuilder.of(list).sheet(cases.of(who.teamId(), readable, asAt), asAt);
        }
        byte[] content = SheetWriter.write(sheet, format);
        audit.recordAll(caller, entries(sheet, format, asAt));
        String team = who.teamId() == null ? "no-team" : who.teamId().replaceAll("[^A-Za-z0-9_-]", "_");
        String name = "annex-a-" + list.slug() + "-" + team + "-" + asAt.date() + "." + format.extension();
        return new Export(name, format, content, sheet.rows().size());
    }

    /** One entry per exported child, and one for the export itself (even when it lists nobody). */
    private static List<AuditEntry> entries(Sheet sheet, AnnexAFormat format, AsAt asAt) {
        String subject = "annex_a_" + sheet.list().slug().replace('-', '_');
        String detail = "as at " + asAt.date() + ", " + format.extension();
        List<AuditEntry> entries = new ArrayList<>();
        entries.add(new AuditEntry(AuditLog.READ, null, subject, sheet.childIds().size() + " children exported, " + detail));
        for (String childId : sheet.childIds()) {
            entries.add(new AuditEntry(AuditLog.READ, childId, subject, detail));
        }
        return entries;
    }
}
