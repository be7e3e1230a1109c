package org.doorstep.server.admin;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** A person as an administrator sees them: never the password hash. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UserView(String id, String username, String displayName, String teamId, String area, List<String> roles,
                       boolean active, boolean hasPassword, String lockedUntil) {
}
