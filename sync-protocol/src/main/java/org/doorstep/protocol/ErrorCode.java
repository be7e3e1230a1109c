package org.doorstep.protocol;

import com.fasterxml.jackson.annotation.JsonValue;

/** Machine-readable reasons a request or a single mutation was refused. */
public enum ErrorCode {
    /** A required field is missing or null. */
    REQUIRED("required"),
    /** A field has the wrong type or shape (not a UUID, a date without an offset, ...). */
    INVALID_FORMAT("invalid_format"),
    /** A text field is longer than the protocol allows. */
    TOO_LONG("too_long"),
    /** A date lies implausibly far in the future of the server's clock. */
    IN_FUTURE("in_future"),
    /** A date lies before any record Doorstep could hold. */
    TOO_OLD("too_old"),
    /** Two fields contradict each other (a child not seen cannot have been seen alone). */
    INCONSISTENT("inconsistent"),
    /** The record names a child the server does not know. */
    UNKNOWN_CHILD("unknown_child"),
    /** The same record id arrived before with different content. Nothing was changed. */
    ID_REUSED("id_reused_with_different_content"),
    /** An amendment was made from a version that is no longer the latest. */
    STALE_VERSION("stale_version"),
    /** The pull cursor is not one this server issued. */
    INVALID_CURSOR("invalid_cursor"),
    /**
     * HTTP 409 on pull: what the person may see changed since this cursor (another team, area or roles), in
     * a way changes after the cursor cannot express. Drop the pulled copies and pull again without a cursor.
     */
    CASELOAD_RESET("caseload_reset"),
    /** The mutation type is not one this server understands. */
    UNKNOWN_MUTATION_TYPE("unknown_mutation_type"),
    /** The body is not valid JSON, or not the expected JSON shape. */
    MALFORMED_REQUEST("malformed_request"),
    /** The request carries more mutations than the server accepts in one batch. */
    BATCH_TOO_LARGE("batch_too_large"),
    /** The body is larger than the server accepts (or the address or a header is: HTTP 413 either way). */
    BODY_TOO_LARGE("body_too_large"),
    /** The app speaks a protocol version the server no longer (or does not yet) accept. */
    UNSUPPORTED_PROTOCOL_VERSION("unsupported_protocol_version"),
    /** The requested record or address does not exist. */
    NOT_FOUND("not_found"),
    /** The address exists but not for this HTTP method. */
    METHOD_NOT_ALLOWED("method_not_allowed"),
    /** The body is not sent as {@code application/json}. */
    UNSUPPORTED_MEDIA_TYPE("unsupported_media_type"),
    /** The request carries no valid access token (missing, malformed, expired or signed by someone else). HTTP 401. */
    UNAUTHENTICATED("unauthenticated"),
    /** Sign-in with a wrong username or password (which of the two is never said). HTTP 401. */
    INVALID_CREDENTIALS("invalid_credentials"),
    /** Too many failed sign-ins: the account refuses sign-in until the time in the message. HTTP 429. */
    ACCOUNT_LOCKED("account_locked"),
    /** The refresh token is unknown, expired or already used. Sign in again. HTTP 401. */
    INVALID_REFRESH_TOKEN("invalid_refresh_token"),
    /**
     * An administrator revoked this device. It may still push what it holds; then it must wipe its local
     * copy. Pull, refresh and reads are refused. HTTP 403.
     */
    DEVICE_REVOKED("device_revoked"),
    /** The caller's role does not allow this request. HTTP 403. */
    FORBIDDEN("forbidden"),
    /** The child is not in the caller's caseload (or the caller may only read it). HTTP 403, or per mutation. */
    CHILD_NOT_IN_SCOPE("child_not_in_scope"),
    /** An error in the server itself; reported and logged, never caused by the request's content. */
    INTERNAL_ERROR("internal_error"),
    /** The server could not complete the request; it is safe to retry later. */
    SERVER_UNAVAILABLE("server_unavailable");

    private final String wireName;

    ErrorCode(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }
}
