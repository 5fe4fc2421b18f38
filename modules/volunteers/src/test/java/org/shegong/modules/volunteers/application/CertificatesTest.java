package org.shegong.modules.volunteers.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shegong.modules.volunteers.domain.model.certificate.Certificate;
import org.shegong.modules.volunteers.domain.model.certificate.CertificateRepository;
import org.shegong.modules.volunteers.domain.model.certificate.CertificateState;
import org.shegong.modules.volunteers.domain.model.certificate.ServiceLine;
import org.shegong.modules.volunteers.domain.model.volunteer.AffiliationKind;
import org.shegong.modules.volunteers.domain.model.volunteer.Gender;
import org.shegong.modules.volunteers.domain.model.volunteer.Volunteer;
import org.shegong.modules.volunteers.infrastructure.documents.CertificatePaper;
import org.shegong.platform.api.audit.AuditAction;
import org.shegong.platform.api.audit.AuditRecord;
import org.shegong.platform.api.audit.AuditTrail;
import org.shegong.platform.api.audit.ReadQuery;
import org.shegong.platform.api.audit.Said;
import org.shegong.platform.api.global.GlobalRecord;
import org.shegong.platform.api.global.GlobalRecords;
import org.shegong.platform.api.identity.Role;
import org.shegong.platform.api.identity.SignedIn;
import org.shegong.platform.api.persistence.AuditedEntity;
import org.shegong.platform.api.records.RecordNotFoundException;

/**
 * The certificate service with its storage, audit trail and public record in memory: what is audited,
 * what the public record says before and after a revocation, and that another station's certificate
 * is not found. (The two-operator behaviour, over the real database, is in VolunteersApiIT.)
 */
class CertificatesTest {

    static final String LAOJUNYING = "140106005000";

    final List<String> audited = new ArrayList<>();
    final Map<String, String> published = new HashMap<>();
    final Map<Long, Certificate> stored = new HashMap<>();
    final Certificates service = new Certificates();
    Set<String> myStations = Set.of(LAOJUNYING);

    final Volunteer zhang = new Volunteer("V000017", LAOJUNYING, "cipher", "index", "1401**********0021", LocalDate.of(2024, 3, 1)) {
        @Override
        public Long getId() {
            return 17L;
        }
    };

    {
        zhang.describe("张悦", Gender.FEMALE, null, AffiliationKind.UNIVERSITY, null, Set.of(), null, null);
        service.clock = Clock.fixed(Instant.parse("2026-12-01T02:00:00Z"), ZoneId.of("UTC"));
        service.registry = new VolunteerRegistry() {
            @Override
            Volunteer mine(long id) {
                if (id != 17 || !myStations.contains(LAOJUNYING)) {
                    throw new RecordNotFoundException("志愿者 volunteer", id);
                }
                return zhang;
            }
        };
        service.certificates = new MemoryCertificates();
        service.signedIn = new Staff();
        service.currentTenant = () -> java.util.Optional.of(org.shegong.platform.api.tenancy.TenantId.of("hope"));
        service.operatorNames = code -> "hope".equals(code) ? "希望社会工作服务中心" : code;
        service.audit = new Trail();
        service.check = new CertificateCheck();
        service.check.clock = service.clock;
        service.check.portalUrl = "https://shegong.example/";
        service.check.records = new Published();
        service.paper = new CertificatePaper(null) {
            @Override
            public byte[] write(Certificate c, List<ServiceLine> lines, String verificationUrl) {
                return verificationUrl.getBytes();
            }
        };
    }

    @Test
    void issuingDownloadingAndRevokingAreAuditedAndThePublicRecordFollowsTheRevocation() {
        Certificate c = service.issue(17, null, null);
        assertEquals("ZY2026-000001", c.getSerialNumber());
        assertEquals("希望社会工作服务中心", c.getIssuerName());
        assertEquals(150, c.getTotalMinutes());
        assertEquals(List.of("CREATED " + Said.of("volunteers.history.certificateIssued", "ZY2026-000001", "2.5")), audited);
        CertificateCheck.Facts facts = service.check.byToken(c.getToken()).orElseThrow();
        assertEquals("张*", facts.maskedName());
        assertEquals("2.5", facts.hours());
        assertEquals(CertificateState.VALID, facts.state());
        assertFalse(published.get(c.getToken()).contains("张悦"), "the public record holds no full name");

        Certificates.Paper paper = service.download(c.getId());
        assertEquals("ZY2026-000001.pdf", paper.fileName());
        assertEquals("https://shegong.example/public/volunteers/certificate.xhtml?t=" + c.getToken(), new String(paper.pdf()));
        assertEquals("volunteers.certificate.downloaded " + Said.of("volunteers.history.downloadedByStaff", "ZY2026-000001"), audited.get(1));

        service.revoke(c.getId(), "时长录入有误");
        assertEquals("volunteers.certificate.revoked " + Said.of("volunteers.history.certificateRevoked", "ZY2026-000001", "时长录入有误"), audited.get(2));
        facts = service.check.byToken(c.getToken()).orElseThrow();
        assertEquals(CertificateState.REVOKED, facts.state());
        assertEquals(LocalDate.of(2026, 12, 1), facts.revokedOn());

        assertEquals("ZY2026-000002", service.issue(17, null, null).getSerialNumber(), "the next serial of the year");
    }

    @Test
    void anotherStationsCertificateIsNotFoundAndNothingIsAudited() {
        Certificate c = service.issue(17, null, null);
        audited.clear();
        myStations = Set.of("140106001000");
        assertThrows(RecordNotFoundException.class, () -> service.download(c.getId()));
        assertThrows(RecordNotFoundException.class, () -> service.revoke(c.getId(), "越权"));
        assertThrows(RecordNotFoundException.class, () -> service.issue(17, null, null));
        assertTrue(audited.isEmpty(), audited.toString());
        assertFalse(c.revoked());
    }

    @Test
    void malformedTokensAreNotLookedUp() {
        service.check.records = null; // any lookup would fail
        assertTrue(service.check.byToken("ZY2026-000001").isEmpty());
        assertTrue(service.check.byToken(null).isEmpty());
        assertTrue(service.check.byToken("<script>alert(1)</script>").isEmpty());
    }

    final class MemoryCertificates implements CertificateRepository {

        @Override
        public Optional<Certificate> find(long id) {
            return Optional.ofNullable(stored.get(id));
        }

        @Override
        public List<Certificate> ofVolunteer(long volunteerId) {
            return stored.values().stream().filter(c -> c.getVolunteerId() == volunteerId).toList();
        }

        @Override
        public List<ServiceLine> linesOf(long certificateId) {
            return List.of();
        }

        @Override
        public List<ServiceLine> confirmedServicesOf(long volunteerId, Instant before) {
            return List.of(new ServiceLine(LocalDate.of(2026, 3, 2), "助老探访", 90), new ServiceLine(LocalDate.of(2026, 5, 9), "义诊", 60));
        }

        @Override
        public Optional<String> lastSerialOf(int year) {
            return stored.values().stream().map(Certificate::getSerialNumber).max(String::compareTo);
        }

        @Override
        public void add(Certificate certificate, List<ServiceLine> lines) {
            try {
                Field id = AuditedEntity.class.getDeclaredField("id");
                id.setAccessible(true);
                id.set(certificate, (long) stored.size() + 1);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            stored.put(certificate.getId(), certificate);
        }

        @Override
        public void store(Certificate certificate) {
            stored.put(certificate.getId(), certificate);
        }

        @Override
        public java.util.Map<String, Long> issuedPerStreet(Set<String> streetCodes, LocalDate from, LocalDate to) {
            throw new UnsupportedOperationException("the metric is counted by the database (JpaCertificateRepository)");
        }
    }

    final class Staff implements SignedIn {
        public String username() {
            return "laojunying.worker";
        }

        public String displayName() {
            return "社工";
        }

        public boolean has(Role role) {
            return role == Role.SOCIAL_WORKER;
        }

        public Set<String> stationCodes() {
            return myStations;
        }

        public Set<String> selectedStationCodes() {
            return myStations;
        }
    }

    final class Trail implements AuditTrail {
        public void record(String recordKind, long recordId, AuditAction action, String details) {
            assertEquals("volunteers.certificate", recordKind);
            audited.add(action.code() + " " + details);
        }

        public void read(String recordKind, long recordId, String purpose) {
        }

        public void readList(String recordKind, AuditAction how, int rows, String purpose) {
        }

        public List<AuditRecord> historyOf(String recordKind, long recordId) {
            return List.of();
        }

        public List<AuditRecord> reads(ReadQuery query, int first, int max) {
            return List.of();
        }

        public long countReads(ReadQuery query) {
            return 0;
        }
    }

    final class Published implements GlobalRecords {
        public void put(String kind, String key, String payload, String purpose) {
            assertEquals(CertificateCheck.PUBLIC_KIND, kind);
            published.put(key, payload);
        }

        public Optional<GlobalRecord> find(String kind, String key, String purpose) {
            throw new AssertionError("the public page never uses the tenant's lookup");
        }

        public Optional<GlobalRecord> findPublic(String kind, String key) {
            return Optional.ofNullable(published.get(key)).map(p -> new GlobalRecord(kind, key, p, "hope", "hope", Instant.EPOCH));
        }
    }
}
