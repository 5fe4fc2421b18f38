package org.shegong.platform.domain.model.tenant;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.shegong.platform.api.persistence.AuditedEntity;
import org.shegong.platform.api.tenancy.TenantId;

/**
 * An NGO operator (运营方, 社会工作服务机构): the tenant. This is the registry entry about the
 * tenant, kept by the platform; the tenant's own records are tenant-owned entities elsewhere.
 */
@Entity
@Table(name = "tenant")
public class Tenant extends AuditedEntity {

    @Column(nullable = false, unique = true, length = 64, updatable = false)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "contact_phone", length = 30)
    private String contactPhone;

    @Convert(converter = CodeSetConverter.class)
    @Column(name = "enabled_modules", nullable = false, length = 500)
    private Set<String> enabledModules = new TreeSet<>();

    protected Tenant() {
    }

    public Tenant(TenantId id, String name) {
        this.code = id.value();
        describe(name, null);
    }

    public void describe(String name, String contactPhone) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an operator needs a name: " + code);
        }
        this.name = name.strip();
        this.contactPhone = contactPhone;
    }

    public void enableModules(Set<String> moduleIds) {
        this.enabledModules = new TreeSet<>(Objects.requireNonNull(moduleIds));
    }

    public TenantId tenantId() {
        return TenantId.of(code);
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public Set<String> getEnabledModules() {
        return Collections.unmodifiableSet(enabledModules);
    }

    public boolean hasModule(String moduleId) {
        return enabledModules.contains(moduleId);
    }
}
