package org.doorstep.server.admin;

/** {@code POST /api/admin/teams}, and a team as listed. */
public record NewTeam(String id, String name, String area) {
}
