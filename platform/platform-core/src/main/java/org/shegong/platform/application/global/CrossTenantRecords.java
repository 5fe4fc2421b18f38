package org.shegong.platform.application.global;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.regex.Pattern;
import org.shegong.platform.api.audit.AuditAction;
import org.shegong.platform.api.audit.AuditTrail;
import org.shegong.platform.api.audit.Said;
import org.shegong.platform.api.directory.OperatorNames;
import org.shegong.platform.api.global.GlobalRecord;
import org.shegong.platform.api.global.GlobalRecords;
import org.shegong.platform.api.module.ShegongModule;
import org.shegong.platform.api.tenancy.TenantId;
import org.shegong.platform.application.modules.ModuleRegistry;
import org.shegong.platform.application.tenancy.TenantContext;
import org.shegong.platform.domain.model.global.GlobalRecordRepository;

/**
 * The platform's {@link GlobalRecords}: checks that the asking tenant has the owning module on,
 * and writes every read and write into the asking tenant's audit trail in the same transaction.
 * The key is audited shortened (the first characters of a blind index say nothing), the payload
 * never.
 */
@ApplicationScoped
@Transactional
public class CrossTenantRecords implements GlobalRecords {

    /** {@code <module id>.<name>}. */
    static final Pattern KIND = Pattern.compile("([a-z][a-z0-9-]{1,30})\\.[a-z][a-z0-9.-]{0,30}");

    static final String AUDIT_KIND_PREFIX = "global.";

    @Inject
    GlobalRecordRepository records;

    @Inject
    ModuleRegistry modules;

    @Inject
    TenantContext tenantContext;

    @Inject
    AuditTrail auditTrail;

    @Inject
    OperatorNames operatorNames;

    @Override
    public void put(String kind, String key, String payload, String purpose) {
        TenantId tenant = tenantContext.require();
        String moduleId = ownerOf(kind, tenant);
        checkKey(key);
        String why = purposeOf(purpose);
        if (payload == null || payload.isBlank()) {
            throw new IllegalArgumentException("a global record's payload cannot be empty: " + kind);
        }
        if (payload.length() > MAX_PAYLOAD) {
            throw new IllegalArgumentException("a global record's payload is at most " + MAX_PAYLOAD + " characters: " + kind);
        }
        boolean existed = records.find(kind, key).isPresent();
        records.put(moduleId, kind, key, payload, tenant);
        long id = records.find(kind, key).orElseThrow().id();
        auditTrail.record(AUDIT_KIND_PREFIX + kind, id, existed ? AuditAction.CHANGED : AuditAction.CREATED,
                Said.of("global.audit.key", shortened(key)) + why);
    }

    @Override
    public Optional<GlobalRecord> find(String kind, String key, String purpose) {
        TenantId tenant = tenantContext.require();
        ownerOf(kind, tenant);
        checkKey(key);
        String why = purposeOf(purpose);
        Optional<GlobalRecordRepository.Stored> found = records.find(kind, key);
        auditTrail.record(AUDIT_KIND_PREFIX + kind, found.map(GlobalRecordRepository.Stored::id).orElse(0L), AuditAction.VIEWED,
                Said.of("global.audit.key", shortened(key)) + why + found.map(s -> Said.of("global.audit.found",
                        operatorNames.nameOf(s.record().updatedByTenant()))).orElse(Said.of("global.audit.notFound")));
        return found.map(GlobalRecordRepository.Stored::record);
    }

    @Override
    public Optional<GlobalRecord> findPublic(String kind, String key) {
        var shape = kind == null ? null : KIND.matcher(kind);
        if (shape == null || !shape.matches()) {
            throw new IllegalArgumentException("a global record kind is <module>.<name>: " + kind);
        }
        ShegongModule module = modules.find(shape.group(1))
                .filter(m -> m.publicRecordKinds().contains(kind))
                .orElseThrow(() -> new IllegalArgumentException("no module declares " + kind + " public"));
        if (key == null || key.isBlank() || key.length() > MAX_KEY) {
            return Optional.empty();
        }
        return records.find(kind, key).map(GlobalRecordRepository.Stored::record)
                .filter(r -> module.switchable() && modules.isEnabled(module, Optional.of(new TenantId(r.createdByTenant()))));
    }

    /** The module the kind belongs to, which must be on for the asking tenant. */
    private String ownerOf(String kind, TenantId tenant) {
        var shape = kind == null ? null : KIND.matcher(kind);
        if (shape == null || !shape.matches()) {
            throw new IllegalArgumentException("a global record kind is <module>.<name>: " + kind);
        }
        String moduleId = shape.group(1);
        ShegongModule module = modules.find(moduleId)
                .orElseThrow(() -> new IllegalArgumentException("no module " + moduleId + " keeps global records"));
        if (!module.switchable() || !modules.isEnabled(module, Optional.of(tenant))) {
            throw new IllegalStateException("module " + moduleId + " is not on for " + tenant + ": its global records are out of reach");
        }
        return moduleId;
    }

    private static void checkKey(String key) {
        if (key == null || key.isBlank() || key.length() > MAX_KEY) {
            throw new IllegalArgumentException("a global record key is 1-" + MAX_KEY + " characters");
        }
    }

    private static String shortened(String key) {
        return key.length() <= 6 ? "…" : key.substring(0, 6) + "…";
    }

    private static String purposeOf(String purpose) {
        if (purpose == null || purpose.isBlank()) {
            throw new IllegalArgumentException("say why a global record is used: the purpose goes into the audit trail");
        }
        // Kept as phrases so that each reader reads the line in their own language (issue 15): a
        // purpose said by a module (Said.of) joins as it is, a typed one as a value.
        if (purpose.length() <= 200 && purpose.charAt(0) == '#' && Said.isSaid(purpose)) {
            return purpose;
        }
        return Said.of("global.audit.purpose", purpose.length() > 200 ? purpose.substring(0, 200) : purpose);
    }
}
