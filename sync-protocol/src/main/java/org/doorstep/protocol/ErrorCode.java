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
    /** The mutation type is not one this server understands. */
    UNKNOWN_MUTATION_TYPE("unknown_mutation_type"),
    /** The body is not valid JSON, or not the expected JSON shape. */
    MALFORMED_REQUEST("malformed_request"),
    /** The request carries more mutations than the server accepts in one batch. */
    BATCH_TOO_LARGE("batch_too_large"),
    /** The body is larger than the server accepts. */
    BODY_TOO_LARGE("body_too_large"),
    /** The app speaks a protocol version the server no longer (or does not yet) accept. */
    UNSUPPORTED_PROTOCOL_VERSION("unsupported_protocol_version"),
    /** The requested record or address does not exist. */
    NOT_FOUND("not_found"),
    /** The address exists but not for this HTTP method. */
    METHOD_NOT_ALLOWED("method_not_allowed"),
    /** The body is not sent as {@code application/json}. */
    UNSUPPORTED_MEDIA_TYPE("unsupported_media_type"),
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
