package org.doorstep.server.auth;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.doorstep.server.db.TimeText;

/** Registered devices: sign-in registers, an administrator revokes, every request checks. */
@Singleton
public class Devices {
    private static final String COLUMNS = "id, user_id, name, registered_at, last_seen_at, revoked_at, revoked_by";
    private final JdbcOperations jdbc;

    Devices(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Optional<Device> find(String deviceId) {
        List<Device> found = query("SELECT " + COLUMNS + " FROM device WHERE id = ?", deviceId);
        return found.stream().findFirst();
    }

    @Transactional(readOnly = true)
    public List<Device> list(String userIdOrNull) {
        return userIdOrNull == null ? query("SELECT " + COLUMNS + " FROM device ORDER BY registered_at", null)
                : query("SELECT " + COLUMNS + " FROM device WHERE user_id = ? ORDER BY registered_at", userIdOrNull);
    }

    /** Registers the device for the user unless it already is; the caller has checked it is not another's. */
    @Transactional
    public void register(String deviceId, String userId, String name, Instant now) {
        jdbc.prepareStatement("INSERT INTO device (id, user_id, name, registered_at, last_seen_at) VALUES (?, ?, ?, ?, ?) "
                + "ON CONFLICT DO NOTHING", s -> {
            s.setString(1, deviceId);
            s.setString(2, userId);
            s.setString(3, name);
            s.setString(4, TimeText.of(now));
            s.setString(5, TimeText.of(now));
            return s.executeUpdate();
        });
    }

    /** The device passes to another person (the previous one signed out on it). */
    @Transactional
    public void handOver(String deviceId, String userId, String name) {
        jdbc.prepareStatement("UPDATE device SET user_id = ?, name = ? WHERE id = ? AND revoked_at IS NULL", s -> {
            s.setString(1, userId);
            s.setString(2, name);
            s.setString(3, deviceId);
            return s.executeUpdate();
        });
    }

    /** Revokes the device; revoking it again keeps the first revocation. Whether the device exists. */
    @Transactional
    public boolean revoke(String deviceId, String byUserId, Instant now) {
        jdbc.prepareStatement("UPDATE device SET revoked_at = ?, revoked_by = ? WHERE id = ? AND revoked_at IS NULL", s -> {
            s.setString(1, TimeText.of(now));
            s.setString(2, byUserId);
            s.setString(3, deviceId);
            return s.executeUpdate();
        });
        return find(deviceId).isPresent();
    }

    /** What every authenticated request checks: the device, and whether its person is still active. */
    /**
     * @param scopeResetSeq the change number of the person's last change of access (0: none)
     */
    public record Standing(Device device, boolean userActive, long scopeResetSeq) {
    }

    /** The device with its person's standing, in one query; empty for an unknown device. */
    @Transactional(readOnly = true)
    public Optional<Standing> standing(String deviceId) {
        return jdbc.prepareStatement("SELECT d.id, d.user_id, d.name, d.registered_at, d.last_seen_at, d.revoked_at, d.revoked_by, "
                + "u.active, u.scope_reset_seq FROM device d JOIN app_user u ON u.id = d.user_id WHERE d.id = ?", s -> {
            s.setString(1, deviceId);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                Device device = new Device(rs.getString(1), rs.getString(2), rs.getString(3), instant(rs.getString(4)),
                        instant(rs.getString(5)), instant(rs.getString(6)), rs.getString(7));
                return Optional.of(new Standing(device, rs.getBoolean(8), rs.getLong(9)));
            }
        });
    }

    /** Notes when the device was last seen, at most once a minute. */
    @Transactional
    public void touch(String deviceId, Instant now) {
        jdbc.prepareStatement("UPDATE device SET last_seen_at = ? WHERE id = ? AND (last_seen_at IS NULL OR last_seen_at < ?)", s -> {
            s.setString(1, TimeText.of(now));
            s.setString(2, deviceId);
            s.setString(3, TimeText.of(now.minusSeconds(60)));
            return s.executeUpdate();
        });
    }

    private List<Device> query(String sql, String parameter) {
        return jdbc.prepareStatement(sql, s -> {
            if (parameter != null) {
                s.setString(1, parameter);
            }
            return read(s);
        });
    }

    private static List<Device> read(PreparedStatement s) throws SQLException {
        List<Device> devices = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                devices.add(new Device(rs.getString(1), rs.getString(2), rs.getString(3), instant(rs.getString(4)),
                        instant(rs.getString(5)), instant(rs.getString(6)), rs.getString(7)));
            }
        }
        return devices;
    }

    private static Instant instant(String text) {
        return text == null ? null : TimeText.instant(text);
    }
}
