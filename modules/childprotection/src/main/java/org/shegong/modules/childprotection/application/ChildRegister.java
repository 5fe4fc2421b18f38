package org.shegong.modules.childprotection.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.shegong.modules.childprotection.domain.model.casework.CaseRepository;
import org.shegong.modules.childprotection.domain.model.casework.ChildCase;
import org.shegong.modules.childprotection.domain.model.child.Child;
import org.shegong.modules.childprotection.domain.model.child.ChildDetails;
import org.shegong.modules.childprotection.domain.model.child.ChildRepository;
import org.shegong.modules.childprotection.domain.model.child.Consent;
import org.shegong.modules.childprotection.domain.model.child.ConsentScope;
import org.shegong.platform.api.access.RequiresPermission;
import org.shegong.platform.api.audit.AuditAction;
import org.shegong.platform.api.audit.AuditTrail;
import org.shegong.platform.api.audit.Said;
import org.shegong.platform.api.directory.ResidentCard;
import org.shegong.platform.api.directory.ResidentCards;
import org.shegong.platform.api.directory.StaffCards;
import org.shegong.platform.api.identity.SignedIn;
import org.shegong.platform.api.records.RecordNotFoundException;
import org.shegong.platform.api.records.Refusal;

/**
 * The child register (儿童档案): a child is registered on a resident of the person's stations and is
 * assigned to who registers them; the record, its guardians and the consent change only by someone who
 * may see it (the need-to-know rule), and a child one may not see is "not found".
 */
@ApplicationScoped
@Transactional
public class ChildRegister {

    public static final String CHILD_KIND = "childprotection.child";

    @Inject
    ChildRepository children;

    @Inject
    CaseRepository cases;

    @Inject
    ResidentCards residents;

    @Inject
    NeedToKnow needToKnow;

    @Inject
    SignedIn signedIn;

    @Inject
    AuditTrail audit;

    @Inject
    StaffCards staff;

    @Inject
    Clock clock;

    @RequiresPermission(ChildProtectionPermissions.WORK)
    public Child register(long residentId, ChildDetails details) {
        ResidentCard resident = residents.resident(residentId)
                .orElseThrow(() -> new RecordNotFoundException("服务对象 resident", residentId));
        Child.checkIsChild(resident.birthDate(), LocalDate.now(clock));
        if (children.ofResident(residentId).isPresent()) {
            throw new Refusal("childprotection.refused.childRecordExists");
        }
        Child child = new Child(residentId, resident.name(), resident.birthDate(), resident.streetCode(), details);
        child.assignTo(signedIn.staffId().orElse(null), null);
        child.livesIn(resident.communityCode());
        children.store(child);
        audit.record(CHILD_KIND, child.getId(), AuditAction.CREATED, "");
        return child;
    }

    /**
     * What the register says about a resident of my stations (the resident page's panel, the registration
     * page): under 18 or not (not known without a birth date), registered or not, the child's id only if I may
     * open the record. Another station's or operator's resident is "not found". Nothing of the child is read
     * beyond that it exists and who serves it, so nothing is recorded as a read.
     */
    @RequiresPermission(ChildProtectionPermissions.WORK)
    @Transactional(Transactional.TxType.SUPPORTS)
    public ResidentChild onResident(long residentId) {
        ResidentCard resident = residents.resident(residentId)
                .orElseThrow(() -> new RecordNotFoundException("服务对象 resident", residentId));
        boolean underAge = Child.isChildOn(resident.birthDate(), LocalDate.now(clock));
        Child c = children.ofResident(residentId).orElse(null);
        if (c == null) {
            return new ResidentChild(resident, underAge, false, null, List.of());
        }
        if (needToKnow.byRule(c)) {
            return new ResidentChild(resident, underAge, true, c.getId(), List.of());
        }
        Map<Long, String> names = staff.namesAt(Set.of(c.getStreetCode()));
        return new ResidentChild(resident, underAge, true, null, c.workers().stream().map(id -> names.getOrDefault(id, "—")).toList());
    }

    @RequiresPermission(ChildProtectionPermissions.WORK)
    public Child record(long childId, ChildDetails details) {
        Child child = visible(childId);
        child.record(details);
        children.store(child);
        audit.record(CHILD_KIND, childId, AuditAction.CHANGED, "");
        return child;
    }

    @RequiresPermission(ChildProtectionPermissions.WORK)
    public Child consent(long childId, String guardian, LocalDate on, Set<ConsentScope> scopes) {
        Child child = visible(childId);
        if (on != null && on.isAfter(LocalDate.now(clock))) {
            throw new Refusal("childprotection.refused.consentInFuture");
        }
        child.consent(Consent.given(guardian, on, scopes));
        children.store(child);
        audit.record(CHILD_KIND, childId, ChildProtectionActions.CONSENT_GIVEN, Said.of("childprotection.history.consentScopes", scopes.stream()
                .map(s -> new Refusal.Label("childprotection.consent." + s.name())).toList()));
        return child;
    }

    @RequiresPermission(ChildProtectionPermissions.WORK)
    public Child withdrawConsent(long childId, String reason) {
        Child child = visible(childId);
        child.withdrawConsent(LocalDate.now(clock), reason);
        children.store(child);
        audit.record(CHILD_KIND, childId, ChildProtectionActions.CONSENT_WITHDRAWN, Said.typed(reason.strip()));
        return child;
    }

    /** A child the person may see by the rule (assigned, or the station's lead), else not found. */
    Child visible(long childId) {
        return seenByRule(childId).orElseThrow(() -> new RecordNotFoundException("儿童档案 child", childId));
    }

    /**
     * The child if the need-to-know rule lets the person see it. Asking without an exception matters: an
     * exception leaving this (transactional) bean marks the caller's transaction for rollback, and the
     * caller may go on to open the child through a grant and record that read.
     */
    java.util.Optional<Child> seenByRule(long childId) {
        return children.find(childId).filter(needToKnow::byRule);
    }

    /** The child of a case {@link NeedToKnow#require} has let the reader see (a grant): for reading only. */
    Child ofGrantedCase(ChildCase granted) {
        return children.find(granted.getChildId())
                .orElseThrow(() -> new RecordNotFoundException("儿童档案 child", granted.getChildId()));
    }
}
