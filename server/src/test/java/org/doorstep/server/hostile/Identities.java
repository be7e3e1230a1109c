package org.doorstep.server.hostile;

/**
 * The signed-in callers the generator can use, set up by the test before the attack.
 *
 * @param worker        sam.worker's access token (social worker, children C-1001..C-1005)
 * @param workerDevice  the device of {@code worker}'s token
 * @param manager       maria.manager's token
 * @param officer       omar.officer's token
 * @param admin         ada.admin's token
 * @param signOut       a token of Sam on a device of its own, so that sign-out attacks end nothing else
 * @param revoked       a token of Sam on a device an administrator has revoked
 * @param replay        makes a refresh token that has already been replaced: answers {deviceId, token}
 */
record Identities(String worker, String workerDevice, String manager, String officer, String admin, String signOut,
                  String revoked, java.util.function.Supplier<String[]> replay) {
}
