package org.doorstep.server.admin;

import java.util.List;

/** {@code POST /api/admin/users}. */
public record NewUser(String id, String username, String displayName, String teamId, String area, List<String> roles) {
}
