package org.shegong.modules.volunteers.application;

import org.shegong.platform.api.audit.Said;
import org.shegong.platform.api.records.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.Map;
import java.util.TreeMap;
import org.shegong.platform.api.global.GlobalRecord;
import org.shegong.platform.api.global.GlobalRecords;
import org.shegong.platform.api.tenancy.CurrentTenant;
import org.shegong.platform.api.tenancy.TenantId;

/**
 * One volunteer across operators: the platform's global record {@code volunteers.identity}, keyed
 * by the ID number's blind index, says which operators the person serves and each one's confirmed
 * minutes — nothing else (no name, no number). Each operator writes only its own entry; the
 * volunteer's page reads them all to show hours per operator and the total. Each operator still
 * sees only its own tenant-owned records of the person.
 */
@ApplicationScoped
public class OneIdentity {

    static final String KIND = "volunteers.identity";
    /** Credits sent to one operator for one person: key {@code <blind index>|<receiving operator>}. */
    static final String CREDITS = "volunteers.credits";

    /** Credits another operator's bank sent here for the person, under that transfer's id. */
    public record CreditNote(String transferId, String from, long minutes, TimeBank.CreditUse use, String purpose) {
    }

    @Inject
    GlobalRecords records;

    @Inject
    CurrentTenant tenant;

    /** Confirmed minutes by operator code, this operator's included. */
    public Map<String, Long> minutesByOperator(String idNumberIndex) {
        Map<String, Long> minutes = new TreeMap<>();
        records.find(KIND, idNumberIndex, Said.of("volunteers.purpose.ownHoursRead")).ifPresent(r -> {
            JsonObject operators = parse(r).getJsonObject("operators");
            if (operators != null) {
                operators.forEach((code, entry) -> minutes.put(code, entry.asJsonObject().getJsonNumber("minutes").longValue()));
            }
        });
        return minutes;
    }

    /** Records this operator's confirmed minutes of the person (registration writes 0). */
    void recordMinutes(String idNumberIndex, long minutes, String purpose) {
        String me = tenant.current().map(TenantId::value).orElseThrow();
        JsonObject payload = records.find(KIND, idNumberIndex, purpose).map(OneIdentity::parse)
                .orElse(Json.createObjectBuilder().build());
        JsonObjectBuilder operators = Json.createObjectBuilder(
                payload.containsKey("operators") ? payload.getJsonObject("operators") : Json.createObjectBuilder().build());
        operators.add(me, Json.createObjectBuilder().add("minutes", minutes));
        records.put(KIND, idNumberIndex, Json.createObjectBuilder().add("operators", operators).build().toString(), purpose);
    }

    /** This operator's code. */
    String me() {
        return tenant.current().map(TenantId::value).orElseThrow();
    }

    /**
     * Leaves a note of credits sent to another operator for the person (the sending bank has
     * already booked them out, in this transaction). Notes are only added, never changed: the
     * receiving bank books each once, by its transfer id.
     */
    void sendCredits(String idNumberIndex, String to, String transferId, long minutes, String purpose,
                     TimeBank.CreditUse use, String usePurpose) {
        String key = idNumberIndex + "|" + to;
        JsonObject payload = records.find(CREDITS, key, purpose).map(OneIdentity::parse).orElse(Json.createObjectBuilder().build());
        jakarta.json.JsonArrayBuilder notes = Json.createArrayBuilder(
                payload.containsKey("notes") ? payload.getJsonArray("notes") : Json.createArrayBuilder().build());
        jakarta.json.JsonObjectBuilder note = Json.createObjectBuilder().add("id", transferId).add("from", me()).add("minutes", minutes);
        if (use != null) {
            // the volunteer's own request: the receiving bank spends or donates the credits as it books them
            note.add("use", use.name()).add("purpose", usePurpose);
        }
        notes.add(note);
        String written = Json.createObjectBuilder().add("notes", notes).build().toString();
        if (written.length() > GlobalRecords.MAX_PAYLOAD) {
            throw new Refusal("volunteers.refused.creditNotesFull");
        }
        records.put(CREDITS, key, written, purpose);
    }

    /** The notes of credits other operators sent here for the person. */
    java.util.List<CreditNote> creditsFor(String idNumberIndex, String purpose) {
        return records.find(CREDITS, idNumberIndex + "|" + me(), purpose).map(OneIdentity::parse)
                .filter(p -> p.containsKey("notes")).map(p -> p.getJsonArray("notes").stream().map(n -> n.asJsonObject())
                        .map(n -> new CreditNote(n.getString("id"), n.getString("from"), n.getJsonNumber("minutes").longValue(),
                                n.containsKey("use") ? TimeBank.CreditUse.valueOf(n.getString("use")) : null,
                                n.getString("purpose", null)))
                        .toList())
                .orElse(java.util.List.of());
    }

    private static JsonObject parse(GlobalRecord r) {
        try (JsonReader reader = Json.createReader(new StringReader(r.payload()))) {
            return reader.readObject();
        }
    }
}
