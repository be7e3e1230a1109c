package org.doorstep.server.hostile;

/** The kinds of hostile request the generator makes; each request is of one kind. */
enum Attack {
    /** Truncated, garbled or non-JSON bodies, invalid UTF-8, top-level scalars, duplicate keys. */
    BROKEN_JSON,
    /** A text field, or the whole body, tens of kilobytes to megabytes long; bodies over the size limit. */
    HUGE_STRING,
    /** Arrays and objects nested thousands deep. */
    DEEP_NESTING,
    /** Fields of the wrong JSON type: numbers for text, objects for lists, huge or negative numbers. */
    WRONG_TYPES,
    /** SQL and HTML injection strings in every text field, the path and the query. */
    INJECTION,
    /** Ids of children allocated to another worker in another team, in paths and in pushed records. */
    OTHER_CHILD,
    /** No, expired, forged (another key, alg none), tampered, unknown-person and revoked-device tokens. */
    BAD_TOKEN,
    /** A refresh token presented again after it was replaced. */
    REPLAYED_REFRESH,
    /** A valid token of a role that may not make the request. */
    WRONG_ROLE,
    /** A method the address does not take. */
    WRONG_METHOD,
    /** A body sent as something other than application/json. */
    WRONG_CONTENT_TYPE,
    /** Query parameters with hostile values, repeated, or unknown. */
    BAD_QUERY
}
