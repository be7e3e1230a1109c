package org.doorstep.compliance.evaluator;

/**
 * A case that cannot be evaluated. The message names the field first, e.g.
 * {@code facts.visits[1].at: not an ISO-8601 date-time: "yesterday"}; it becomes the case's {@code error}.
 */
final class CaseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CaseException(String field, String problem) {
        super(field + ": " + problem);
    }
}
