package org.doorstep.server.visits;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.doorstep.protocol.ProtocolJson;
import org.doorstep.protocol.visit.StoredVisit;
import org.doorstep.protocol.visit.TimeFlag;
import org.doorstep.protocol.visit.Visit;
import org.doorstep.server.db.TimeText;

/** Converts between the protocol's visit records and the stored rows. */
public final class VisitRows {
    private static final ObjectMapper CANONICAL = ProtocolJson.newMapper();

    private VisitRows() {
    }

    /** The row for {@code visit} stored as {@code version}, flagged for doubtful device times. */
    public static VisitEntity toRow(Visit visit, int version, UUID operationId, String deviceId, Instant receivedAt,
                                    long changeSeq) {
        List<String> flags = TimeFlag.of(visit.occurredAt().toInstant(), visit.recordedAt().toInstant(), receivedAt);
        return new VisitEntity(visit.id().toString(), version, operationId.toString(), visit.childId(),
                deviceId, TimeText.of(visit.occurredAt().toInstant()), visit.occurredAt().getOffset().getId(),
                TimeText.of(visit.recordedAt().toInstant()), visit.recordedAt().getOffset().getId(),
                TimeText.of(receivedAt), visit.seen(), visit.seenAlone(), visit.notAloneReason(), visit.notes(),
                String.join(",", flags), contentHash(visit), true, changeSeq, visit.typeOrStatutory(),
                visit.notAloneCode(), visit.bedroomSeen(), visit.childViews(), visit.observations(), visit.actions());
    }

    public static StoredVisit toStored(VisitEntity row) {
        Visit visit = new Visit(UUID.fromString(row.id()), row.childId(),
                TimeText.atOffset(row.occurredAt(), row.occurredOffset()),
                TimeText.atOffset(row.recordedAt(), row.recordedOffset()),
                row.seen(), row.seenAlone(), row.notAloneReason(), row.notes(), row.visitType(), row.notAloneCode(),
                row.bedroomSeen(), row.childViews(), row.observations(), row.actions());
        List<String> flags = row.timeFlags().isEmpty() ? List.of() : Arrays.asList(row.timeFlags().split(","));
        return new StoredVisit(visit, row.version(), row.latest(), TimeText.instant(row.receivedAt()), flags);
    }

    /** SHA-256 of the visit as the protocol writes it: equal for a retry, different for any changed field. */
    public static String contentHash(Visit visit) {
        try {
            byte[] canonical = CANONICAL.writeValueAsString(visit).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot fingerprint a visit", e);
        }
    }
}
