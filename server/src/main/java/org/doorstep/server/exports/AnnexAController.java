package org.doorstep.server.exports;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.doorstep.protocol.ApiError;
import org.doorstep.protocol.ErrorCode;
import org.doorstep.server.auth.Callers;
import org.doorstep.server.scope.Caller;
import org.doorstep.server.web.ApiErrorException;

/**
 * The Ofsted Annex A lists 6, 7 and 8 of the caller's team, for team managers:
 * {@code GET /dashboard/exports/annex-a/list-6.csv} (or {@code list-7}, {@code list-8}, and {@code .xlsx}),
 * with an optional {@code asAt=YYYY-MM-DD} (default: today in London).
 */
@Secured(SecurityRule.IS_AUTHENTICATED)
@Controller("/dashboard/exports/annex-a")
@ExecuteOn(TaskExecutors.BLOCKING)
class AnnexAController {
    private static final Pattern FILE = Pattern.compile("(list-\\d+)\\.([a-z]+)");
    private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    private final AnnexAExports exports;
    private final Clock clock;

    AnnexAController(AnnexAExports exports, Clock clock) {
        this.exports = exports;
        this.clock = clock;
    }

    @Get("/{file}")
    @Produces({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/json"})
    HttpResponse<byte[]> export(String file, @Nullable @QueryValue String asAt, Authentication authentication,
                                HttpRequest<?> request) {
        Caller caller = Callers.of(authentication, request);
        AnnexAExports.requireManager(caller);
        Matcher name = FILE.matcher(file);
        Optional<AnnexAList> list = name.matches() ? AnnexAList.bySlug(name.group(1)) : Optional.empty();
        Optional<AnnexAFormat> format = name.matches() ? AnnexAFormat.byExtension(name.group(2)) : Optional.empty();
        if (list.isEmpty() || format.isEmpty()) {
            throw new ApiErrorException(HttpStatus.NOT_FOUND, ApiError.of(ErrorCode.NOT_FOUND,
                    "There is no Annex A export '" + file + "': the lists are list-6, list-7 and list-8, as .csv or .xlsx"));
        }
        AnnexAExports.Export export = exports.export(caller, list.get(), format.get(), asAt(asAt));
        return HttpResponse.ok(export.content())
                .contentType(export.format().mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + export.fileName() + "\"")
                .header("Cache-Control", "no-store");
    }

    private AsAt asAt(@Nullable String text) {
        LocalDate today = LocalDate.now(clock.withZone(AsAt.LONDON));
        if (text == null || text.isEmpty()) {
            return new AsAt(today);
        }
        LocalDate day;
        try {
            day = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw refusal(ErrorCode.INVALID_FORMAT, "asAt must be a date as YYYY-MM-DD, e.g. 2026-03-31");
        }
        if (day.isAfter(today)) {
            throw refusal(ErrorCode.IN_FUTURE, "asAt " + day + " is after today (" + today + ", London): a list can be "
                    + "drawn up for today or a day before");
        }
        if (day.isBefore(EARLIEST)) {
            throw refusal(ErrorCode.TOO_OLD, "asAt is before 2000-01-01");
        }
        return new AsAt(day);
    }

    private static ApiErrorException refusal(ErrorCode code, String message) {
        return new ApiErrorException(HttpStatus.BAD_REQUEST, ApiError.onField(code, "asAt", message));
    }
}
