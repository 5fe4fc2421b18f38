package org.shegong.platform.application.staff;

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
            throw new IllegalArgumentException("请选择证书等级 / choose a certificate level");
        }
        if (number != null && number.strip().length() > 50) {
            throw new IllegalArgumentException("证书编号不能超过50个字符 / certificate number too long");
        }
        if (phone != null && !phone.isBlank() && !PhoneNumber.isWellFormed(phone)) {
            throw new IllegalArgumentException("电话格式不正确 / phone is not a number");
        }
        Map<String, String> before = describe(member);
        try {
            member.certify(level, number);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(level.isCertified()
                    ? "持证社工须填写证书编号 / a certified social worker has a certificate number"
                    : "未持证则不填证书编号 / no certificate number without a certificate level");
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
     * Records that the staff list is being exported as a file (names, phones, certificate numbers are
     * personal data) with its row count, before a row is written: an export that cannot be recorded
     * does not happen.
     */
    @Transactional
    public void exporting(int rows, String format) {
        audit.readList(AUDIT_KIND, AuditAction.EXPORTED, rows, "导出 " + format);
    }

    public List<AuditRecord> history(long id) {
        return audit.historyOf(AUDIT_KIND, id);
    }

    private static Map<String, String> describe(StaffMember m) {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("证书等级", m.getCertificateLevel().name());
        fields.put("证书编号", m.getCertificateNumber() == null ? "" : m.getCertificateNumber());
        fields.put("电话", m.getPhone() == null ? "" : m.getPhone());
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
