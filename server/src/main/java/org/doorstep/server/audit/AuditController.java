package org.doorstep.server.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.http.HttpRequest;
import org.doorstep.server.auth.Callers;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.doorstep.protocol.ApiError;
import org.doorstep.protocol.ErrorCode;
import org.doorstep.server.web.ApiErrorException;
import org.doorstep.server.web.QueryParams;

/**
 * The audit trail for administrators, newest first: {@code GET /api/admin/audit} (JSON pages) and
 * {@code GET /api/admin/audit.csv} (every matching entry). Filters: childId, userId, from (inclusive),
 * to (exclusive).
 */
@Secured("administrator")
@Controller("/api/admin")
@ExecuteOn(TaskExecutors.BLOCKING)
class AuditController {
    static final String[] CSV_HEADER = {"id", "recordedAt", "userId", "username", "deviceId", "channel", "action",
        "childId", "subject", "detail"};
    private final AuditTrail trail;

    AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    @Get("/audit")
    AuditTrail.Page list(@Nullable @QueryValue String childId, @Nullable @QueryValue String userId,
                         @Nullable @QueryValue String from, @Nullable @QueryValue String to,
                         @Nullable @QueryValue String limit, @Nullable @QueryValue String after) {
        AuditTrail.Position position = null;
        if (after != null && !after.isEmpty()) {
            position = AuditTrail.Position.decode(after);
            if (position == null) {
                throw new ApiErrorException(HttpStatus.BAD_REQUEST, ApiError.onField(ErrorCode.INVALID_CURSOR, "after",
                        "after must be a cursor this server returned as next"));
            }
        }
        return trail.page(filter(childId, userId, from, to), QueryParams.integer(limit, "limit", 100, 1, 1000), position);
    }

    @Get("/audit.csv")
    @Produces("text/csv")
    HttpResponse<String> csv(@Nullable @QueryValue String childId, @Nullable @QueryValue String userId,
                             @Nullable @QueryValue String from, @Nullable @QueryValue String to) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(CSV_HEADER).build())) {
            trail.each(filter(childId, userId, from, to), event -> {
                try {
                    printer.printRecord(event.id(), event.recordedAt(), event.userId(), event.username(), event.deviceId(),
                            event.channel(), event.action(), event.childId(), event.subject(), event.detail());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HttpResponse.ok(out.toString()).header("Content-Disposition", "attachment; filename=\"audit.csv\"");
    }

    private static AuditFilter filter(String childId, String userId, String from, String to) {
        return new AuditFilter(blankToNull(childId), blankToNull(userId), QueryParams.instant(from, "from"),
                QueryParams.instant(to, "to"));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
