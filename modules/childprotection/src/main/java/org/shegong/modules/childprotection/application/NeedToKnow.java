package org.shegong.modules.childprotection.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.shegong.modules.childprotection.domain.model.CaseWorkRecord;
import org.shegong.modules.childprotection.domain.model.casework.CaseRepository;
import org.shegong.modules.childprotection.domain.model.casework.ChildCase;
import org.shegong.modules.childprotection.domain.model.child.Child;
import org.shegong.platform.api.access.RecordRule;
import org.shegong.platform.api.audit.AuditTrail;
import org.shegong.platform.api.identity.SignedIn;
import org.shegong.platform.api.records.RecordNotFoundException;

/**
 * Need-to-know (PIPL art. 28/31: least access to a minor's data), in one place. A case, its child, sessions
 * and referrals are seen in full by the case's assigned workers and the lead of its station
 * ({@link #RULE}, applied inside every list, search, count and export query), and by someone the lead
 * granted the case to (by id only). Other staff of the station see that a child is served and by whom
 * ({@code CaseWork.servedAtMyStations}); the operator admin counts; civil affairs and volunteers are not
 * admitted to the module at all. A case one may not see is "not found" — as one of another tenant.
 *
 * <p>Every opening of a case's detail is recorded ({@link AuditTrail#read}) with its purpose; whoever is not
 * assigned must name one (督导, 代班, 审批 …).
 */
@ApplicationScoped
public class NeedToKnow {

    public static final String CASE_KIND = "childprotection.case";

    public static final RecordRule RULE = RecordRule.assignedWorkersAndStationLead("streetCode", "workerId", "secondWorkerId");

    @Inject
    SignedIn signedIn;

    @Inject
    CaseRepository cases;

    @Inject
    AuditTrail audit;

    /** The rule as a condition on the alias, for the repositories' queries. */
    public RecordRule.Clause clause(String alias) {
        return RULE.jpql(signedIn, alias);
    }

    /** Whether the rule alone lets the signed-in person see this record (no grant looked at). */
    public boolean byRule(CaseWorkRecord r) {
        return RULE.allows(signedIn, r.getStreetCode(), r.getWorkerId(), r.getSecondWorkerId());
    }

    public boolean isAssigned(CaseWorkRecord r) {
        return r.isAssignedTo(signedIn.staffId().orElse(null));
    }

    /** The case if the person may see it, else "not found"; without recording a read. */
    public ChildCase require(ChildCase c) {
        if (byRule(c) || cases.isGranted(c.getId(), signedIn.username())) {
            return c;
        }
        throw new RecordNotFoundException("个案 case", c.getId());
    }

    /**
     * Opens a case's detail for reading and records the read: the assigned read as casework, anyone else
     * must give a purpose (a grantee's read is recorded as granted, whatever they chose).
     */
    public ChildCase open(ChildCase c, ReadPurpose purpose) {
        require(c);
        audit.read(CASE_KIND, c.getId(), why(c, purpose).recorded());
        return c;
    }

    /**
     * Opens a child's record that has no case yet (the child page): seen by the rule only, recorded as a
     * read of the child with the purpose chosen the same way as for a case.
     */
    public void openChild(Child child, ReadPurpose purpose) {
        audit.read(ChildRegister.CHILD_KIND, child.getId(), why(child, purpose).recorded());
    }

    /**
     * The purpose a read is recorded with: the assigned read as casework (or with a purpose of {@link
     * ReadPurpose#chosen()} they give), a grantee as granted, anyone else must give one of those. 经办 or 授权查阅
     * named by someone they do not describe is not a purpose given: the record of a read says what it was.
     */
    private ReadPurpose why(CaseWorkRecord r, ReadPurpose purpose) {
        boolean given = purpose != null && purpose.isChosen();
        if (isAssigned(r)) {
            return given ? purpose : ReadPurpose.CASEWORK;
        }
        if (!byRule(r)) {
            return ReadPurpose.GRANTED;
        }
        if (!given) {
            throw new PurposeRequired();
        }
        return purpose;
    }
}
