package org.shegong.platform.api.directory;

/** A partner of the operator (链接社会资源), as modules see it; {@code type} is the platform's partner type name, e.g. {@code MEDICAL}. */
public record PartnerCard(long id, String name, String type, String contactPerson, String contactPhone, String provides) {
}
