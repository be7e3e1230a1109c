package org.doorstep.server.sync;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.http.HttpRequest;
import org.doorstep.server.auth.Callers;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.doorstep.protocol.ApiError;
import org.doorstep.protocol.ErrorCode;
import org.doorstep.protocol.ProtocolVersion;
import org.doorstep.protocol.pull.PullResponse;
import org.doorstep.server.audit.AuditEntry;
import org.doorstep.server.audit.AuditLog;
import org.doorstep.server.scope.Caller;
import org.doorstep.server.web.ApiErrorException;

/** {@code GET /api/sync/v1/pull?protocolVersion=1&deviceId=...&after=CURSOR&limit=N}. */
@Secured(SecurityRule.IS_AUTHENTICATED)
@Controller("/api/sync/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
class PullController {
    private final PullService service;
    private final AuditLog audit;
    private final SyncMetrics metrics;

    PullController(PullService service, AuditLog audit, SyncMetrics metrics) {
        this.service = service;
        this.audit = audit;
        this.metrics = metrics;
    }

    @Get("/pull")
    PullResponse pull(Authentication authentication, HttpRequest<?> request, @Nullable @QueryValue String protocolVersion, @Nullable @QueryValue String deviceId,
                      @Nullable @QueryValue String after, @Nullable @QueryValue String limit) {
        int version = integer(protocolVersion, "protocolVersion", null);
        if (!ProtocolVersion.isSupported(version)) {
            throw new ApiErrorException(HttpStatus.UPGRADE_REQUIRED, ApiError.onField(ErrorCode.UNSUPPORTED_PROTOCOL_VERSION,
                    "protocolVersion", "This server accepts sync protocol versions " + ProtocolVersion.MINIMUM_SUPPORTED
                            + " to " + ProtocolVersion.CURRENT + "; the app sent " + version + ". Update the app."));
        }
        Caller caller = Callers.of(authentication, request);
        if (deviceId != null && !deviceId.equals(caller.deviceId())) {
            throw new ApiErrorException(HttpStatus.FORBIDDEN, ApiError.onField(ErrorCode.FORBIDDEN, "deviceId",
                    "deviceId is not the device this access token was issued to"));
        }
        int size = integer(limit, "limit", PullResponse.DEFAULT_LIMIT);
        if (size < 1 || size > PullResponse.MAX_LIMIT) {
            throw new ApiErrorException(HttpStatus.BAD_REQUEST, ApiError.onField(ErrorCode.INVALID_FORMAT, "limit",
                    "limit must be between 1 and " + PullResponse.MAX_LIMIT));
        }
        PullPage page = service.pull(caller, Cursor.decode(after), size);
        // Recorded before the page is sent: no data leaves without its audit entry.
        audit.recordAll(caller, page.changesPerChild().entrySet().stream()
                .map(sent -> new AuditEntry(AuditLog.READ, sent.getKey(), "pull", sent.getValue() + " changes sent"))
                .toList());
        metrics.pulled(page.response());
        return page.response();
    }

    private static int integer(String value, String field, Integer fallback) {
        if (value == null || value.isEmpty()) {
            if (fallback != null) {
                return fallback;
            }
            throw new ApiErrorException(HttpStatus.BAD_REQUEST, ApiError.onField(ErrorCode.REQUIRED, field, field + " is required"));
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new ApiErrorException(HttpStatus.BAD_REQUEST, ApiError.onField(ErrorCode.INVALID_FORMAT, field,
                    field + " must be a whole number"));
        }
    }
}
