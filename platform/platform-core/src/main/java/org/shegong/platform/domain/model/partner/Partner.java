package org.shegong.platform.domain.model.partner;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.Objects;
import org.shegong.platform.api.persistence.TenantOwnedEntity;

/** An outside resource the operator links (链接社会资源): enterprise, foundation, hospital, university. */
@Entity
@Table(name = "partner")
public class Partner extends TenantOwnedEntity {

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private PartnerType type;

    @Column(name = "contact_person", length = 50)
    private String contactPerson;

    @Column(name = "contact_phone", length = 30)
    private String contactPhone;

    /** What the partner provides: money, volunteers, home medical visits ... */
    @Column(length = 1000)
    private String provides;

    protected Partner() {
    }

    public Partner(String name, PartnerType type) {
        describe(name, type, null);
    }

    public void describe(String name, PartnerType type, String provides) {
        if (name == null || name.isBlank()) {
            throw new org.shegong.platform.api.records.Refusal("partner.refused.nameRequired");
        }
        this.name = name.strip();
        this.type = Objects.requireNonNull(type, "type");
        this.provides = provides;
    }

    public void setContact(String person, String phone) {
        this.contactPerson = person;
        this.contactPhone = phone;
    }

    public String getName() {
        return name;
    }

    public PartnerType getType() {
        return type;
    }

    public String getContactPerson() {
        return contactPerson;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public String getProvides() {
        return provides;
    }
}
