package org.doorstep.mobile.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** Files of the previous (unencrypted) app version, for migration tests. */
public final class LegacyFiles {
    static final String WAITING_1 = "1b4e28ba-2fa1-11d2-883f-0016d3cca427";
    static final String WAITING_2 = "6fa459ea-ee8a-3ca4-894e-db77e160355e";
    static final String SENT = "9c5b94b1-35ad-49bb-b118-8e8fc24abf80";
    static final String OP_1 = "0d0c5c1e-7f0a-4b8e-9c53-6a4a0c4d1f01";
    static final String OP_2 = "0d0c5c1e-7f0a-4b8e-9c53-6a4a0c4d1f02";

    private LegacyFiles() {
    }

    /** The file as version 2 of the app left it: WAL journal, two unsent visits, one sent, a sign-in. */
    public static void writeVersion2File(Path file) throws SQLException {
        try (Connection plain = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = plain.createStatement()) {
            try (Statement pragma = plain.createStatement()) {
                pragma.execute("PRAGMA journal_mode = WAL");
            }
            Schema.migrate(plain, 2);
            statement.execute("INSERT INTO visits (id, child_id, occurred_at, recorded_at, seen, seen_alone, "
                    + "not_alone_reason, notes, state) VALUES ('" + WAITING_1 + "', 'C-1001', '2026-06-02T10:15+01:00', "
                    + "'2026-06-02T10:55+01:00', 1, 0, 'Foster carer stayed', "
                    + "'Saw Ava in her bedroom; she asked about contact.', 'waiting')");
            statement.execute("INSERT INTO visits (id, child_id, occurred_at, recorded_at, seen, state) VALUES ('"
                    + WAITING_2 + "', 'C-1001', '2026-06-03T16:00Z', '2026-06-03T16:05Z', 0, 'waiting')");
            statement.execute("INSERT INTO visits (id, child_id, occurred_at, recorded_at, seen, seen_alone, state, "
                    + "server_version) VALUES ('" + SENT + "', 'C-1001', '2026-05-01T09:00Z', '2026-05-01T09:30Z', 1, 1, "
                    + "'sent', 1)");
            statement.execute("INSERT INTO outbox (operation_id, visit_id, created_at) VALUES ('" + OP_1 + "', '"
                    + WAITING_1 + "', '2026-06-02T09:55:00Z')");
            statement.execute("INSERT INTO outbox (operation_id, visit_id, created_at) VALUES ('" + OP_2 + "', '"
                    + WAITING_2 + "', '2026-06-03T16:05:00Z')");
            statement.execute("INSERT INTO children (id, display_name) VALUES ('C-1001', 'Ava Example')");
            statement.execute("INSERT INTO device (key, value) VALUES ('device_id', 'device-from-version-2')");
            statement.execute("INSERT INTO session (id, user_id, username, display_name, roles, refresh_token, "
                    + "signed_in_at) VALUES (1, 'U-SAM', 'sam.worker', 'Sam Worker', 'social_worker', "
                    + "'refresh-from-version-2', '2026-11-20T09:00:00Z')");
            assertEquals(2, Schema.userVersion(plain));
        }
    }
}
