package org.shegong.modules.volunteers.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.shegong.modules.volunteers.domain.model.certificate.Certificate;
import org.shegong.modules.volunteers.domain.model.certificate.CertificateState;
import org.shegong.modules.volunteers.domain.model.certificate.CertificateToken;
import org.shegong.modules.volunteers.domain.model.certificate.Hours;
import org.shegong.platform.api.audit.Said;
import org.shegong.platform.api.global.GlobalRecords;

/**
 * Public verification of a certificate (证明核验), the page its QR code opens, without sign-in.
 * What it may show — masked name, issuer, total hours, issue day, validity, revoked and when — is
 * published as the platform's public global record {@code volunteers.certificate-check} under the
 * certificate's random token: the page reads that and nothing else, so no tenant's data is reachable
 * from it, and a token of the wrong shape is "not found" without a lookup.
 */
@ApplicationScoped
public class CertificateCheck {

    public static final String PUBLIC_KIND = "volunteers.certificate-check";
    public static final String PAGE = "/public/volunteers/certificate.xhtml";

    private static final ZoneId STATIONS = ZoneId.of("Asia/Shanghai");

    /** What the public sees of one certificate. */
    public record Facts(String maskedName, String issuer, String hours, LocalDate issuedOn, LocalDate validUntil,
                        LocalDate revokedOn, CertificateState state) {
    }

    @Inject
    GlobalRecords records;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "shegong.portal.url", defaultValue = "http://localhost:9080")
    String portalUrl;

    /** The URL the paper prints and its QR code carries. */
    public String urlOf(Certificate c) {
        return portalUrl.replaceAll("/+$", "") + PAGE + "?t=" + c.getToken();
    }

    /** Writes (again) what the public page shows of the certificate; called in the issuing or revoking transaction. */
    void publish(Certificate c) {
        JsonObjectBuilder facts = Json.createObjectBuilder().add("name", c.maskedName()).add("issuer", c.getIssuerName())
                .add("minutes", c.getTotalMinutes()).add("issuedOn", c.getIssuedOn().toString())
                .add("validUntil", c.getValidUntil().toString());
        if (c.getRevokedOn() != null) {
            facts.add("revokedOn", c.getRevokedOn().toString());
        }
        records.put(PUBLIC_KIND, c.getToken(), facts.build().toString(), Said.of(c.revoked() ? "volunteers.purpose.certificateRevoked" : "volunteers.purpose.certificateIssued"));
    }

    /** The facts of the certificate with that token; empty for anything unknown, malformed or switched off. */
    public Optional<Facts> byToken(String token) {
        if (!CertificateToken.wellFormed(token)) {
            return Optional.empty();
        }
        return records.findPublic(PUBLIC_KIND, token).map(r -> {
            JsonObject o;
            try (JsonReader reader = Json.createReader(new StringReader(r.payload()))) {
                o = reader.readObject();
            }
            LocalDate validUntil = LocalDate.parse(o.getString("validUntil"));
            LocalDate revokedOn = o.containsKey("revokedOn") && o.get("revokedOn").getValueType() == JsonValue.ValueType.STRING
                    ? LocalDate.parse(o.getString("revokedOn")) : null;
            LocalDate today = LocalDate.now(clock.withZone(STATIONS));
            return new Facts(o.getString("name"), o.getString("issuer"), Hours.of(o.getJsonNumber("minutes").longValue()),
                    LocalDate.parse(o.getString("issuedOn")), validUntil, revokedOn,
                    CertificateState.on(today, validUntil, revokedOn != null));
        });
    }
}
