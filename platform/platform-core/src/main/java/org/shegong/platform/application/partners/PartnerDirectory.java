package org.shegong.platform.application.partners;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.shegong.platform.api.audit.AuditAction;
import org.shegong.platform.api.audit.AuditRecord;
import org.shegong.platform.api.audit.AuditTrail;
import org.shegong.platform.api.records.ConcurrentChangeException;
import org.shegong.platform.api.records.RecordNotFoundException;
import org.shegong.platform.api.records.Refusal;
import org.shegong.platform.application.audit.Changes;
import org.shegong.platform.domain.model.partner.Partner;
import org.shegong.platform.domain.model.partner.PartnerRepository;

/** The operator's partners (链接社会资源): registering and changing them, with their history. */
@ApplicationScoped
@Transactional
public class PartnerDirectory {

    public static final String KIND = "合作资源 partner";
    public static final String AUDIT_KIND = "partner";

    @Inject
    PartnerRepository partners;

    @Inject
    AuditTrail audit;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Partner> all() {
        return partners.all().stream().sorted(Comparator.comparing(Partner::getType).thenComparing(Partner::getName)).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Partner> find(long id) {
        return partners.find(id);
    }

    public Partner register(@NotNull @Valid PartnerDetails details) {
        refuseDuplicateName(details.name(), null);
        Partner partner = new Partner(details.name(), details.type());
        apply(partner, details);
        partners.store(partner);
        Changes.flush(partners::flush, KIND, null);
        audit.record(AUDIT_KIND, partner.getId(), AuditAction.CREATED, Changes.of(describe(partner), Set.of()));
        return partner;
    }

    /** Changes a partner read at {@code readVersion}; if anyone changed it since, nothing is written. */
    public Partner update(long id, long readVersion, @NotNull @Valid PartnerDetails details) {
        Partner partner = partners.find(id).orElseThrow(() -> new RecordNotFoundException(KIND, id));
        if (partner.getVersion() != readVersion) {
            throw new ConcurrentChangeException(KIND, id);
        }
        refuseDuplicateName(details.name(), partner);
        Map<String, Object> before = describe(partner);
        apply(partner, details);
        Changes.flush(partners::flush, KIND, id);
        String changes = Changes.between(before, describe(partner), Set.of());
        if (!changes.isEmpty()) {
            audit.record(AUDIT_KIND, id, AuditAction.CHANGED, changes);
        }
        return partner;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditRecord> history(long id) {
        return audit.historyOf(AUDIT_KIND, id);
    }

    private void refuseDuplicateName(String name, Partner self) {
        partners.findByName(name.strip()).filter(other -> !other.equals(self)).ifPresent(other -> {
            throw new org.shegong.platform.api.records.Refusal("partner.refused.sameName", other.getName());
        });
    }

    private static void apply(Partner partner, PartnerDetails details) {
        partner.describe(details.name(), details.type(), blankToNull(details.provides()));
        partner.setContact(blankToNull(details.contactPerson()), blankToNull(details.contactPhone()));
    }

    private static Map<String, Object> describe(Partner p) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("history.field.partner.name", p.getName());
        fields.put("history.field.partner.type", new Refusal.Label("label.PartnerType." + p.getType().name()));
        fields.put("history.field.partner.contact", p.getContactPerson() == null ? "" : p.getContactPerson());
        fields.put("history.field.phone", p.getContactPhone() == null ? "" : p.getContactPhone());
        fields.put("history.field.partner.provides", p.getProvides() == null ? "" : p.getProvides());
        return fields;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
