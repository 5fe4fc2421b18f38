package org.shegong.platform.api.module;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.shegong.platform.api.access.Permission;
import org.shegong.platform.api.audit.AuditAction;
import org.shegong.platform.api.identity.Role;
import org.shegong.platform.api.job.TenantJob;

/**
 * What a module tells the platform about itself. Implementations are application-scoped CDI beans;
 * every method returns fixed facts and is cheap.
 *
 * <p>Invariant: {@link #id()} is stable forever — it names the module's URLs, tables' migration
 * history, bundle keys and the operators' descriptors.
 */
public interface ShegongModule {

    Pattern ID = Pattern.compile("[a-z][a-z0-9-]{1,30}");

    /** The stable id, e.g. {@code eldercare}. */
    String id();

    /** Base name of the module's resource bundle (zh_CN first, en too), e.g. {@code org.shegong.modules.eldercare.messages}. */
    String bundle();

    /** Bundle key of the module's name as people see it. */
    default String nameKey() {
        return id() + ".name";
    }

    /** On for a tenant whose descriptor does not list it. Most modules are off until contracted. */
    default boolean enabledByDefault() {
        return false;
    }

    /** Whether an operator can have it switched off; the platform's own pages cannot. */
    default boolean switchable() {
        return true;
    }

    /** Who may open the module's pages ({@code /<id>/…}) and API routes ({@code /api/<id>/…}). */
    default Set<Role> roles() {
        return Set.of(Role.OPERATOR_ADMIN, Role.STATION_LEAD, Role.SOCIAL_WORKER);
    }

    /**
     * Who may open one of the module's pages, {@code page} being its path inside {@code /<id>/},
     * lower case (e.g. {@code shifts.xhtml}); by default {@link #roles()}. A module serving two
     * audiences (staff pages and a volunteer's portal) narrows each page to its own, so the other
     * audience gets the portal's 403 page at the address instead of a failure inside the page. The
     * services check their permissions as well, however they are reached.
     */
    default Set<Role> pageRoles(String page) {
        return roles();
    }

    /** The permissions the module declares (codes {@code <id>.<name>}), with the roles that hold them by default. */
    default List<Permission> permissions() {
        return List.of();
    }

    /**
     * The audit actions the module records beyond the platform's own (codes {@code <id>.<name>}, labels
     * in its bundle), e.g. assigned, approved, escalated, transferred. The audit trail refuses an action
     * no module declares, so every line of a history has a label.
     */
    default List<AuditAction> auditActions() {
        return List.of();
    }

    default List<MenuEntry> menu() {
        return List.of();
    }

    /**
     * Where a person of that role lands after signing in while this module is on for their operator,
     * instead of the first entry of their menu — e.g. the volunteers module's phone portal for the
     * {@code volunteer} role, which replaces the platform's placeholder page. A path under
     * {@code /<id>/}; empty (the default) for every role the module does not take over.
     */
    default Optional<String> startPage(Role role) {
        return Optional.empty();
    }

    /** The panels the module adds to the platform's pages, each in its slot with the permission that sees it. */
    default List<Panel> panels() {
        return List.of();
    }

    /** The figures the module counts, codes {@code <id>.<name>}, each of a {@link MetricKind}. */
    default List<MetricDefinition> metrics() {
        return List.of();
    }

    /** Background work run per tenant that has the module on (see {@link TenantJob}); codes {@code <id>.<name>}. */
    default List<TenantJob> jobs() {
        return List.of();
    }

    /**
     * Seeds the module's demo records for a demo operator, at provisioning, inside that operator's
     * tenant and one transaction, acting as the operator's admin. Called every time the descriptors
     * are applied: write only while the module has no records for the operator yet.
     */
    default void seedDemo(DemoWorld world) {
    }

    /**
     * Kinds of the module's global records ({@code <id>.<name>}) that anyone may read by their exact
     * key, signed in or not, through {@link org.shegong.platform.api.global.GlobalRecords#findPublic}:
     * e.g. the facts a public page shows about a certificate under the unguessable token its QR code
     * carries. Empty (the default): none.
     */
    default java.util.Set<String> publicRecordKinds() {
        return java.util.Set.of();
    }

    /** Class-path folder of the module's Flyway migrations, applied with a history table of its own. */
    default Optional<String> migrationLocation() {
        return Optional.empty();
    }
}
