package org.doorstep.server.importing;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.doorstep.protocol.FieldChecks;

/**
 * Checks what one row cannot tell on its own: that every id a row names is a row of the import or of the
 * database, and that no username is taken by another user already stored.
 */
final class ReferenceCheck {
    private ReferenceCheck() {
    }

    static void check(ImportSet set, ExistingRows existing, List<ImportError> errors) {
        for (ImportFile file : ImportFile.values()) {
            for (ImportRow row : set.rows(file)) {
                for (Map.Entry<String, ImportFile> reference : file.references().entrySet()) {
                    String id = row.value(reference.getKey());
                    ImportFile target = reference.getValue();
                    if (id != null && FieldChecks.CHILD_ID.matcher(id).matches() && !set.unreadable().contains(target) && !set.declares(target, id)
                            && !existing.exists(target, id)) {
                        errors.add(new ImportError(file.fileName(), row.line(), reference.getKey(), "unknown "
                                + noun(target) + " " + id + ": not in " + target.fileName() + " nor in the database"));
                    }
                }
            }
        }
        usernames(set, existing, errors);
    }

    private static void usernames(ImportSet set, ExistingRows existing, List<ImportError> errors) {
        Map<String, String> holders = new HashMap<>();
        existing.of(ImportFile.USERS).forEach((id, values) ->
                holders.put(values.get("username").toLowerCase(Locale.ROOT), id));
        for (ImportRow user : set.rows(ImportFile.USERS)) {
            String username = user.value("username");
            if (username == null) {
                continue;
            }
            String holder = holders.get(username.toLowerCase(Locale.ROOT));
            if (holder != null && !holder.equals(user.id()) && !set.declares(ImportFile.USERS, holder)) {
                errors.add(new ImportError(ImportFile.USERS.fileName(), user.line(), "username",
                        "username " + username + " already belongs to user " + holder));
            }
        }
    }

    private static String noun(ImportFile file) {
        return switch (file) {
            case TEAMS -> "team";
            case USERS -> "user";
            case CHILDREN -> "child";
            default -> file.table();
        };
    }
}
