package org.doorstep.mobile.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.doorstep.protocol.ProtocolJson;
import org.doorstep.protocol.visit.StoredVisit;
import org.doorstep.protocol.visit.Visit;

/** A visit as the outbox keeps it (the protocol's JSON), and the words for a conflict's server version. */
final class VisitJson {
    private static final ObjectMapper JSON = ProtocolJson.newMapper();

    private VisitJson() {
    }

    static String write(Visit visit) {
        try {
            return JSON.writeValueAsString(visit);
        } catch (JsonProcessingException e) {
            throw new StoreException("A visit could not be written for the outbox: " + e.getOriginalMessage());
        }
    }

    static Visit read(String json) {
        try {
            return JSON.readValue(json, Visit.class);
        } catch (JsonProcessingException e) {
            throw new StoreException("An outbox entry in the device database cannot be read: " + e.getOriginalMessage());
        }
    }

    /** The note kept on a visit whose correction conflicted: what the server holds now. */
    static String conflictNote(Integer version, Object current, String message) {
        StringBuilder note = new StringBuilder("Not sent: the visit was changed on the server");
        note.append(version == null ? "" : " (now version " + version + ")").append(". ");
        if (current instanceof StoredVisit stored && stored.visit() != null) {
            Visit v = stored.visit();
            note.append("The server's version: ").append(v.occurredAt() == null ? "" : v.occurredAt().toLocalDate() + " "
                    + v.occurredAt().toLocalTime()).append(", ")
                    .append(!Boolean.TRUE.equals(v.seen()) ? "child not seen"
                            : Boolean.TRUE.equals(v.seenAlone()) ? "seen alone" : "seen, not alone");
            for (String text : new String[] {v.childViews(), v.observations(), v.actions(), v.notes()}) {
                if (text != null) {
                    note.append("; ").append(text.length() > 80 ? text.substring(0, 80) + "..." : text);
                }
            }
            note.append(". ");
        } else if (message != null) {
            note.append(message).append(". ");
        }
        return note.append("Correct it again from the server's version.").toString();
    }
}
