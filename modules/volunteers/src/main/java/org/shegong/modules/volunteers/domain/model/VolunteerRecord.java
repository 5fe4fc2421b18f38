package org.shegong.modules.volunteers.domain.model;

import jakarta.persistence.MappedSuperclass;
import org.shegong.platform.api.persistence.TenantOwnedEntity;

/** Every record of the volunteers module belongs to one operator (tenant) and carries its audit columns. */
@MappedSuperclass
public abstract class VolunteerRecord extends TenantOwnedEntity {
}
