package org.shegong.platform.application.staff;

import org.shegong.platform.api.audit.Said;
import org.shegong.platform.api.records.Refusal;
import org.shegong.platform.api.records.PlainText;
import org.shegong.platform.application.identity.Access;
import org.shegong.platform.application.identity.Requires;
import org.shegong.platform.application.tenancy.TenantContext;
import org.shegong.platform.domain.model.contract.Contract;
import org.shegong.platform.domain.model.contract.ContractRepository;
import org.shegong.platform.domain.model.staff.StaffRole;
import org.shegong.platform.domain.model.station.Station;
import java.util.Set;
import org.shegong.platform.api.audit.AuditAction;
import org.shegong.platform.api.audit.AuditRecord;
import org.shegong.platform.api.audit.AuditTrail;
import org.shegong.platform.api.records.ConcurrentChangeException;
import org.shegong.platform.api.records.RecordNotFoundException;
import org.shegong.platform.application.audit.Changes;
import org.shegong.platform.domain.model.contact.PhoneNumber;
import org.shegong.platform.domain.model.staff.CertificateLevel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.shegong.platform.domain.model.staff.StaffMember;
import org.shegong.platform.domain.model.staff.StaffRepository;

/** The current operator's staff, and how many of each station's staff hold the social-worker certificate. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class StaffRoster {

    /** One station's certified share: certified members of all members. */
    public record CertifiedShare(String stationName, long certified, long total) {

        public int percent() {
            return total == 0 ? 0 : (int) (certified * 100 / total);
        }
    }

    public static final String KIND = "工作人员 staff member";
    public static final String AUDIT_KIND = "staff";

    @Inject
    StaffRepository staff;

    @Inject
    AuditTrail audit;

    @Inject
    ContractRepository contracts;

    @Inject
    TenantContext tenant;

    /** The id of the staff record of the person who signs in with that login, in the current tenant. */
    public java.util.Optional<Long> staffIdOf(String username) {
        return username == null ? java.util.Optional.empty() : staff.findByUsername(username).map(StaffMember::getId);
    }

    /** The name of the current operator's staff member who signs in with that login, if any. */
    public java.util.Optional<String> nameOf(String username) {
        return username == null ? java.util.Optional.empty() : staff.findByUsername(username).map(StaffMember::getName);
    }

    /**
     * Records a staff member's certificate and phone, as read at {@code readVersion}. Certificate
     * level and number go together: a certified level needs its number, "none" has none.
     */
    @Transactional
    public StaffMember updateCertificate(long id, long readVersion, CertificateLevel level, String number, String phone) {
        StaffMember member = staff.find(id).orElseThrow(() -> new RecordNotFoundException(KIND, id));
        if (member.getVersion() != readVersion) {
            throw new ConcurrentChangeException(KIND, id);
        }
        if (level == null) {
            throw new Refusal("staff.refused.levelRequired");
        }
        if (number != null && number.strip().length() > 50) {
            throw new Refusal("staff.refused.numberLength", "50");
        }
        if (phone != null && !phone.isBlank() && !PhoneNumber.isWellFormed(phone)) {
            throw new Refusal("staff.refused.phone");
        }
        Map<String, Object> before = describe(member);
        try {
            member.certify(level, number);
        } catch (IllegalArgumentException e) {
            throw new Refusal(level.isCertified() ? "staff.refused.numberRequired" : "staff.refused.numberWithoutLevel");
        }
        member.setPhone(phone == null || phone.isBlank() ? null : phone.strip());
        Changes.flush(staff::flush, KIND, id);
        String changes = Changes.between(before, describe(member), Set.of());
        if (!changes.isEmpty()) {
            audit.record(AUDIT_KIND, id, AuditAction.CHANGED, changes);
        }
        return member;
    }

    /**
     * Adds a staff member of the current operator: a station lead or social worker at one of the
     * operator's stations, an operator admin at none; certificate level and number go together as
     * in {@link #updateCertificate}. Names are unique within the operator (provisioning finds staff
     * by name). Audited as created.
     */
    @Transactional
    @Requires(Access.OPERATOR)
    public StaffMember add(String name, StaffRole role, String streetCode, CertificateLevel level, String number, String phone) {
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty() || cleanName.length() > 50 || PlainText.problemWith(cleanName) != null) {
            throw new Refusal("staff.refused.name");
        }
        if (role == null) {
            throw new Refusal("staff.refused.roleRequired");
        }
        if (level == null) {
            throw new Refusal("staff.refused.levelRequired");
        }
        if (staff.findByName(cleanName).isPresent()) {
            throw new Refusal("staff.refused.sameName", cleanName);
        }
        Station station = null;
        if (role != StaffRole.OPERATOR_ADMIN) {
            station = contracts.heldBy(tenant.require()).stream().map(Contract::getStation)
                    .filter(s -> s.getStreet().getCode().equals(streetCode)).findFirst()
                    .orElseThrow(() -> new Refusal("staff.refused.station"));
        }
        if (number != null && number.strip().length() > 40) {
            throw new Refusal("staff.refused.numberLength", "40");
        }
        if (phone != null && !phone.isBlank() && !PhoneNumber.isWellFormed(phone)) {
            throw new Refusal("staff.refused.phone");
        }
        StaffMember member = new StaffMember(cleanName, role, station);
        try {
            member.certify(level, number == null || number.isBlank() ? null : number.strip());
        } catch (IllegalArgumentException e) {
            throw new Refusal(level.isCertified() ? "staff.refused.numberRequired" : "staff.refused.numberWithoutLevel");
        }
        member.setPhone(phone == null || phone.isBlank() ? null : phone.strip());
        staff.store(member);
        staff.flush();
        audit.record(AUDIT_KIND, member.getId(), AuditAction.CREATED, Said.of("history.staff.added", cleanName));
        return member;
    }

    /** The operator's stations, for the form that adds staff. */
    public List<Station> stations() {
        return contracts.heldBy(tenant.require()).stream().map(Contract::getStation).distinct()
                .sorted(Comparator.comparing(s -> s.getStreet().getCode())).toList();
    }

    /**
     * Records that the staff list is being exported as a file (names, phones, certificate numbers are
     * personal data) with its row count, before a row is written: an export that cannot be recorded
     * does not happen.
     */
    @Transactional
    public void exporting(int rows, String format) {
        audit.readList(AUDIT_KIND, AuditAction.EXPORTED, rows, Said.of("reads.purpose.export", format));
    }

    public List<AuditRecord> history(long id) {
        return audit.historyOf(AUDIT_KIND, id);
    }

    private static Map<String, Object> describe(StaffMember m) {
        Map<String, Object> fields = new java.util.LinkedHashMap<>();
        fields.put("history.field.staff.certificateLevel", new Refusal.Label("label.CertificateLevel." + m.getCertificateLevel().name()));
        fields.put("history.field.staff.certificateNumber", m.getCertificateNumber() == null ? "" : m.getCertificateNumber());
        fields.put("history.field.phone", m.getPhone() == null ? "" : m.getPhone());
        return fields;
    }

    public List<StaffMember> all() {
        return staff.all().stream()
                .sorted(Comparator.comparing((StaffMember m) -> m.getStation() == null ? "" : m.getStation().getStreet().getCode())
                        .thenComparing(StaffMember::getName))
                .toList();
    }

    public List<CertifiedShare> certifiedShareByStation() {
        Map<String, List<StaffMember>> byStation = all().stream().filter(m -> m.getStation() != null)
                .collect(Collectors.groupingBy(m -> m.getStation().getName(), TreeMap::new, Collectors.toList()));
        return byStation.entrySet().stream()
                .map(e -> new CertifiedShare(e.getKey(),
                        e.getValue().stream().filter(m -> m.getCertificateLevel().isCertified()).count(), e.getValue().size()))
                .toList();
    }

    /**
     * Staff per station street, all or only the certified: the roll-ups' {@code core.staff} and
     * {@code core.staff-certified}. The roster keeps no history, so any day's answer is today's.
     */
    public Map<String, Long> countPerStreet(Set<String> streets, boolean certifiedOnly) {
        return staff.all().stream()
                .filter(m -> m.getStation() != null && streets.contains(m.getStation().getStreet().getCode()))
                .filter(m -> !certifiedOnly || m.getCertificateLevel().isCertified())
                .collect(Collectors.groupingBy(m -> m.getStation().getStreet().getCode(), TreeMap::new, Collectors.counting()));
    }
}
