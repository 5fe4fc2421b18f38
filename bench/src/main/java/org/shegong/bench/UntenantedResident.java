package org.shegong.bench;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.shegong.platform.api.persistence.InstantConverter;
import org.shegong.platform.domain.model.resident.Gender;
import org.shegong.platform.domain.model.resident.IdNumber;
import org.shegong.platform.domain.model.resident.ResidentCategoriesConverter;
import org.shegong.platform.domain.model.resident.ResidentCategory;

/**
 * Figure 3's decomposition only (never in the product): the list's columns of {@code resident}
 * mapped as the platform maps them — same column types, same converters — but <em>without</em>
 * EclipseLink's multitenancy, the tenant being an ordinary attribute a query names by hand. Read
 * through the same prepared report-query path as the platform's list, it separates what the tenant
 * filter itself costs (the platform's query against this one) from what EclipseLink's query machinery
 * costs (this one against raw JDBC).
 */
@Entity
@Table(name = "resident")
public class UntenantedResident {

    @Id
    private Long id;

    @Version
    private long version;

    @Column(name = "tenant_id")
    private String tenantId;

    private String name;

    @Enumerated(EnumType.STRING)
    private Gender gender;

    @Column(name = "birth_date")
    private LocalDate birthDate;

    /** Decrypted by the platform's converter, which applies itself to every IdNumber attribute. */
    @Column(name = "id_number")
    private IdNumber idNumber;

    private String phone;

    @Column(name = "community_id")
    private Long communityId;

    @Convert(converter = ResidentCategoriesConverter.class)
    private Set<ResidentCategory> categories;

    @Column(name = "updated_at")
    @Convert(converter = InstantConverter.class)
    private Instant updatedAt;

    @Column(name = "updated_by")
    private String updatedBy;

    @Column(name = "removed_at")
    @Convert(converter = InstantConverter.class)
    private Instant removedAt;

    @Column(name = "registered_on")
    private LocalDate registeredOn;

    protected UntenantedResident() {
    }
}
