package org.doorstep.server.hostile;

/**
 * One request the generator made.
 *
 * @param attack        what kind of attack it is
 * @param target        the endpoint it is counted under
 * @param method        the method actually sent (differs from the target's for {@link Attack#WRONG_METHOD})
 * @param pathAndQuery  the path, its variables filled and encoded, and the query
 * @param contentType   the Content-Type header, or null for none
 * @param authorization the Authorization header, or null for none
 * @param body          the body, or null for none
 */
record HostileRequest(Attack attack, Endpoint target, String method, String pathAndQuery, String contentType,
                      String authorization, byte[] body) {
}
