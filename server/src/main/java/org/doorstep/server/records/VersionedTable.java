package org.doorstep.server.records;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.doorstep.protocol.ProtocolJson;
import org.doorstep.protocol.StoredRecord;
import org.doorstep.protocol.visit.TimeFlag;
import org.doorstep.server.db.TimeText;

/**
 * The versions of one kind of record in its table, through plain JDBC inside the caller's transaction.
 * The record itself is kept as the canonical JSON the device sent ({@code body}); its SHA-256 tells a
 * harmless retry from a reused id, as for visits.
 */
public final class VersionedTable<R> {
    private static final ObjectMapper CANONICAL = ProtocolJson.newMapper();
    private static final String COMMON = "id, version, operation_id, child_id, device_id, received_at, time_flags, "
            + "content_hash, body, latest, change_seq";

    private final JdbcOperations jdbc;
    private final RecordKind<R> kind;
    private final String select;

    public VersionedTable(JdbcOperations jdbc, RecordKind<R> kind) {
        this.jdbc = jdbc;
        this.kind = kind;
        this.select = "SELECT " + COMMON + " FROM " + kind.table() + " ";
    }

    public RecordKind<R> kind() {
        return kind;
    }

    /** The row this record would be stored as, at {@code version}. */
    public StoredRow<R> newRow(R record, int version, UUID operationId, Instant receivedAt, long changeSeq) {
        List<String> flags = TimeFlag.of(kind.occurredAt(record), kind.recordedAt(record), receivedAt);
        return new StoredRow<>(record, kind.id(record).toString(), version, operationId.toString(), kind.childId(record),
                receivedAt, flags, hash(body(record)), true, changeSeq);
    }

    /** Stores the row unless its id and version or its operation id is already there: true when stored. */
    public boolean insert(StoredRow<R> row, String deviceId) {
        LinkedHashMap<String, String> derived = kind.queryColumns(row.record());
        String columns = COMMON + (derived.isEmpty() ? "" : ", " + String.join(", ", derived.keySet()));
        String marks = String.join(", ", java.util.Collections.nCopies(11 + derived.size(), "?"));
        String sql = "INSERT INTO " + kind.table() + " (" + columns + ") VALUES (" + marks + ") ON CONFLICT DO NOTHING";
        return jdbc.prepareStatement(sql, statement -> {
            int i = 1;
            statement.setString(i++, row.id());
            statement.setInt(i++, row.version());
            statement.setString(i++, row.operationId());
            statement.setString(i++, row.childId());
            statement.setString(i++, deviceId);
            statement.setString(i++, TimeText.of(row.receivedAt()));
            statement.setString(i++, String.join(",", row.flags()));
            statement.setString(i++, row.contentHash());
            statement.setString(i++, body(row.record()));
            statement.setBoolean(i++, row.latest());
            statement.setLong(i++, row.changeSeq());
            for (String value : derived.values()) {
                statement.setString(i++, value);
            }
            return statement.executeUpdate() == 1;
        });
    }

    public void supersede(String id, int version) {
        jdbc.prepareStatement("UPDATE " + kind.table() + " SET latest = FALSE WHERE id = ? AND version = ?", statement -> {
            statement.setString(1, id);
            statement.setInt(2, version);
            return statement.executeUpdate();
        });
    }

    public Optional<StoredRow<R>> findLatest(String id) {
        return first(query("WHERE id = ? AND latest = TRUE", id));
    }

    public Optional<StoredRow<R>> findVersion(String id, int version) {
        return first(query("WHERE id = ? AND version = " + version, id));
    }

    public Optional<StoredRow<R>> findByOperation(String operationId) {
        return first(query("WHERE operation_id = ?", operationId));
    }

    /** The child's records, latest versions only or every version, in change order. */
    public List<StoredRow<R>> ofChild(String childId, boolean history) {
        return query("WHERE child_id = ?" + (history ? "" : " AND latest = TRUE") + " ORDER BY change_seq", childId);
    }

    /** Versions numbered in (after, upTo], oldest first, at most {@code limit}. */
    public List<StoredRow<R>> changedBetween(long after, long upTo, int limit) {
        return jdbc.prepareStatement(select + "WHERE change_seq > ? AND change_seq <= ? ORDER BY change_seq LIMIT ?", statement -> {
            statement.setLong(1, after);
            statement.setLong(2, upTo);
            statement.setInt(3, limit);
            return read(statement);
        });
    }

    /** Versions of the given children numbered in (after, upTo], oldest first, at most {@code limit}. */
    public List<StoredRow<R>> changedBetween(long after, long upTo, java.util.Collection<String> childIds, int limit) {
        if (childIds.isEmpty()) {
            return List.of();
        }
        List<String> ids = new ArrayList<>(childIds);
        String marks = String.join(", ", java.util.Collections.nCopies(ids.size(), "?"));
        return jdbc.prepareStatement(select + "WHERE change_seq > ? AND change_seq <= ? AND child_id IN (" + marks
                + ") ORDER BY change_seq LIMIT ?", statement -> {
            statement.setLong(1, after);
            statement.setLong(2, upTo);
            for (int i = 0; i < ids.size(); i++) {
                statement.setString(i + 3, ids.get(i));
            }
            statement.setInt(ids.size() + 3, limit);
            return read(statement);
        });
    }

    /** Every version of the child's records numbered at or below {@code upTo}, in change order. */
    public List<StoredRow<R>> ofChildUpTo(String childId, long upTo) {
        return jdbc.prepareStatement(select + "WHERE child_id = ? AND change_seq <= ? ORDER BY change_seq", statement -> {
            statement.setString(1, childId);
            statement.setLong(2, upTo);
            return read(statement);
        });
    }

    /** The protocol's view of a stored version. */
    public StoredRecord toStored(StoredRow<R> row) {
        return kind.stored(row.record(), row.version(), row.latest(), row.receivedAt(), row.flags());
    }

    public String hashOf(R record) {
        return hash(body(record));
    }

    private List<StoredRow<R>> query(String where, String value) {
        return jdbc.prepareStatement(select + where, statement -> {
            statement.setString(1, value);
            return read(statement);
        });
    }

    private List<StoredRow<R>> read(PreparedStatement statement) throws SQLException {
        List<StoredRow<R>> rows = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                String flags = rs.getString("time_flags");
                rows.add(new StoredRow<>(parse(rs.getString("body")), rs.getString("id"), rs.getInt("version"),
                        rs.getString("operation_id"), rs.getString("child_id"), TimeText.instant(rs.getString("received_at")),
                        flags.isEmpty() ? List.of() : Arrays.asList(flags.split(",")), rs.getString("content_hash"),
                        rs.getBoolean("latest"), rs.getLong("change_seq")));
            }
        }
        return rows;
    }

    private static <T> Optional<T> first(List<T> rows) {
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    private String body(R record) {
        try {
            return CANONICAL.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a " + kind.field(), e);
        }
    }

    private R parse(String body) {
        try {
            return CANONICAL.readValue(body, kind.type());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored " + kind.field() + " cannot be read", e);
        }
    }

    private static String hash(String body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
