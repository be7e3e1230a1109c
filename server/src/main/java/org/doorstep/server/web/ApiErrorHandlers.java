package org.doorstep.server.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.data.connection.exceptions.ConnectionException;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.exceptions.TransactionException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.ContentLengthExceededHandler;
import jakarta.inject.Singleton;
import org.doorstep.protocol.ApiError;
import org.doorstep.protocol.ErrorCode;
import org.doorstep.server.db.FileFaultRecovery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Every refusal the API makes carries an {@link ApiError} body with a machine-readable code. */
final class ApiErrorHandlers {
    private static final Logger DATABASE_LOG = LoggerFactory.getLogger("org.doorstep.server.database");
    private ApiErrorHandlers() {
    }

    static HttpResponse<ApiError> respond(HttpStatus status, ApiError error) {
        return HttpResponse.<ApiError>status(status).body(error);
    }

    @Produces
    @Singleton
    @Requires(classes = {ApiErrorException.class, ExceptionHandler.class})
    static final class Refusals implements ExceptionHandler<ApiErrorException, HttpResponse<ApiError>> {
        @Override
        public HttpResponse<ApiError> handle(HttpRequest request, ApiErrorException exception) {
            return respond(exception.status(), exception.error());
        }
    }

    @Produces
    @Singleton
    @Replaces(ContentLengthExceededHandler.class)
    static final class BodyTooLarge implements ExceptionHandler<ContentLengthExceededException, HttpResponse<ApiError>> {
        @Override
        public HttpResponse<ApiError> handle(HttpRequest request, ContentLengthExceededException exception) {
            return respond(HttpStatus.REQUEST_ENTITY_TOO_LARGE, ApiError.of(ErrorCode.BODY_TOO_LARGE,
                    "The request body is larger than the server accepts; send fewer records per request"));
        }
    }

    /** A database that cannot be written (locked, read-only, disk full): retryable, nothing half-stored. */
    @Produces
    @Singleton
    static final class DatabaseUnavailable implements ExceptionHandler<DataAccessException, HttpResponse<ApiError>> {
        private final FileFaultRecovery recovery;

        DatabaseUnavailable(FileFaultRecovery recovery) {
            this.recovery = recovery;
        }

        @Override
        public HttpResponse<ApiError> handle(HttpRequest request, DataAccessException exception) {
            return unavailable(request, exception, recovery);
        }
    }

    /** No connection or no transaction could be had: the write lock stayed busy past the timeout, say. */
    @Produces
    @Singleton
    static final class ConnectionUnavailable implements ExceptionHandler<ConnectionException, HttpResponse<ApiError>> {
        private final FileFaultRecovery recovery;

        ConnectionUnavailable(FileFaultRecovery recovery) {
            this.recovery = recovery;
        }

        @Override
        public HttpResponse<ApiError> handle(HttpRequest request, ConnectionException exception) {
            return unavailable(request, exception, recovery);
        }
    }

    /** A transaction that could not begin or commit: rolled back, so nothing of it is stored. */
    @Produces
    @Singleton
    static final class TransactionFailed implements ExceptionHandler<TransactionException, HttpResponse<ApiError>> {
        private final FileFaultRecovery recovery;

        TransactionFailed(FileFaultRecovery recovery) {
            this.recovery = recovery;
        }

        @Override
        public HttpResponse<ApiError> handle(HttpRequest request, TransactionException exception) {
            return unavailable(request, exception, recovery);
        }
    }

    private static HttpResponse<ApiError> unavailable(HttpRequest<?> request, RuntimeException exception,
                                                      FileFaultRecovery recovery) {
        DATABASE_LOG.error("Database error on {} {}", request.getMethod(), request.getPath(), exception);
        if (recovery.afterFailure(exception)) {
            DATABASE_LOG.warn("The database file could not be written or read: its connections will be opened afresh");
        }
        return respond(HttpStatus.SERVICE_UNAVAILABLE, ApiError.of(ErrorCode.SERVER_UNAVAILABLE,
                "The server could not store or read records just now; nothing was changed. Try again later."));
    }
}
