package org.shegong.modules.volunteers.application;

import org.shegong.platform.api.records.Punctuation;
import org.shegong.platform.api.audit.Said;
import org.shegong.platform.api.records.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.shegong.modules.volunteers.domain.model.timebank.AccountKind;
import org.shegong.modules.volunteers.domain.model.timebank.TimeAccount;
import org.shegong.modules.volunteers.domain.model.timebank.TimeBankRepository;
import org.shegong.modules.volunteers.domain.model.volunteer.AffiliationKind;
import org.shegong.modules.volunteers.domain.model.volunteer.Volunteer;
import org.shegong.modules.volunteers.domain.model.volunteer.VolunteerRepository;
import org.shegong.platform.api.access.RequiresPermission;
import org.shegong.platform.api.audit.AuditAction;
import org.shegong.platform.api.audit.AuditTrail;
import org.shegong.platform.api.identity.SignedIn;
import org.shegong.platform.api.records.IdNumbers;
import org.shegong.platform.api.records.RecordNotFoundException;

/**
 * The operator's volunteer registry (志愿者登记), station by station: staff see and register the
 * volunteers of their own stations; another station's or operator's volunteer is not found. The ID
 * number goes through the platform's {@link IdNumbers} (checked, encrypted, blind-indexed) and makes
 * the person one across operators ({@link OneIdentity}).
 */
@ApplicationScoped
@Transactional
public class VolunteerRegistry {

    static final String KIND = "volunteers.volunteer";

    @Inject
    VolunteerRepository volunteers;

    @Inject
    TimeBankRepository timeBank;

    @Inject
    IdNumbers idNumbers;

    @Inject
    OneIdentity identity;

    @Inject
    SignedIn signedIn;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @RequiresPermission(VolunteersPermissions.REGISTER)
    public Volunteer register(VolunteerDetails d) {
        if (d.streetCode() == null || !signedIn.worksAt(d.streetCode())) {
            throw new Refusal("volunteers.refused.chooseOwnStation");
        }
        String id = idNumbers.checked(d.idNumber());
        String index = idNumbers.blindIndex(id);
        if (volunteers.byIdNumberIndex(index).isPresent()) {
            throw new Refusal("volunteers.refused.idNumberRegistered");
        }
        refuseTakenLogin(d.login(), null);
        Volunteer v = new Volunteer(volunteers.nextNumber(), d.streetCode(), idNumbers.encrypt(id), index, idNumbers.masked(id),
                LocalDate.now(clock));
        v.describe(d.name(), d.gender(), d.phone(), d.affiliationKind(), d.affiliationName(), d.skills(), d.availability(),
                d.emergencyContact());
        v.linkLogin(d.login());
        volunteers.store(v);
        timeBank.lock(TimeAccount.volunteerCode(v.getId()), AccountKind.VOLUNTEER);
        // The operator's own accounts exist before the first transfer needs them: two first spends
        // at once would otherwise both try to create the services account (an InnoDB deadlock).
        timeBank.lock(TimeBank.SERVICES, AccountKind.SERVICES);
        timeBank.lock(TimeBank.POOL, AccountKind.POOL);
        identity.recordMinutes(index, 0, Said.of("volunteers.purpose.registered"));
        audit.record(KIND, v.getId(), AuditAction.CREATED, Said.typed(v.getVolunteerNumber()));
        return v;
    }

    /** Changes the details; a field left out keeps what is recorded, the ID number never changes. */
    @RequiresPermission(VolunteersPermissions.REGISTER)
    public Volunteer describe(long id, VolunteerDetails d) {
        Volunteer v = mine(id);
        if (d.idNumber() != null && !d.idNumber().isBlank()
                && !idNumbers.blindIndex(idNumbers.checked(d.idNumber())).equals(v.getIdNumberIndex())) {
            throw new Refusal("volunteers.refused.idNumberFixed");
        }
        refuseTakenLogin(d.login(), v);
        v.describe(kept(d.name(), v.getName()), kept(d.gender(), v.getGender()), kept(d.phone(), v.getPhone()),
                kept(d.affiliationKind(), v.getAffiliationKind()), kept(d.affiliationName(), v.getAffiliationName()),
                kept(d.skills(), v.getSkills()), kept(d.availability(), v.getAvailability()),
                kept(d.emergencyContact(), v.getEmergencyContact()));
        if (d.login() != null) {
            v.linkLogin(d.login());
        }
        volunteers.store(v);
        audit.record(KIND, v.getId(), AuditAction.CHANGED, Said.typed(v.getVolunteerNumber()));
        return v;
    }

    @RequiresPermission(VolunteersPermissions.READ)
    @Transactional(Transactional.TxType.SUPPORTS)
    public Volunteer open(long id) {
        Volunteer v = mine(id);
        audit.read(KIND, id, Said.of("volunteers.purpose.volunteerOpened"));
        return v;
    }

    @RequiresPermission(VolunteersPermissions.READ)
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Volunteer> search(String streetCode, AffiliationKind kind, String skill, String who, int first, int max) {
        return volunteers.search(streets(streetCode), kind, skill, who, Math.max(0, first), Math.min(Math.max(1, max), 200));
    }

    @RequiresPermission(VolunteersPermissions.READ)
    @Transactional(Transactional.TxType.SUPPORTS)
    public long count(String streetCode, AffiliationKind kind, String skill, String who) {
        return volunteers.count(streets(streetCode), kind, skill, who);
    }

    /** Names of those volunteers (of my stations) by id, each with its number in {@code language}'s parentheses, for rosters and lists. */
    @RequiresPermission(VolunteersPermissions.READ)
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Map<Long, String> namesOf(java.util.Collection<Long> ids, java.util.Locale language) {
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        ids.forEach(id -> volunteers.find(id).filter(v -> signedIn.worksAt(v.getStreetCode()))
                .ifPresent(v -> names.put(id, Punctuation.aside(v.getName(), v.getVolunteerNumber(), language))));
        return names;
    }

    /** A volunteer of one of my stations; anything else is "not found", never "forbidden". */
    Volunteer mine(long id) {
        return volunteers.find(id).filter(v -> signedIn.worksAt(v.getStreetCode()))
                .orElseThrow(() -> new RecordNotFoundException("志愿者 volunteer", id));
    }

    private Set<String> streets(String streetCode) {
        if (streetCode == null || streetCode.isBlank()) {
            return signedIn.selectedStationCodes();
        }
        return signedIn.worksAt(streetCode) ? Set.of(streetCode) : Set.of();
    }

    private void refuseTakenLogin(String login, Volunteer self) {
        if (login != null && !login.isBlank()) {
            volunteers.byLogin(login.strip()).filter(other -> other != self).ifPresent(other -> {
                throw new Refusal("volunteers.refused.loginTaken");
            });
        }
    }

    private static <T> T kept(T given, T recorded) {
        return given != null ? given : recorded;
    }
}
