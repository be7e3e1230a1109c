package org.doorstep.server.admin;

/** {@code PUT /api/admin/users/{id}/password}. */
public record NewPassword(String password) {
    @Override
    public String toString() {
        return "NewPassword[<hidden>]";
    }
}
