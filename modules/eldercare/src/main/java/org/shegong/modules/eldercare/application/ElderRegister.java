package org.shegong.modules.eldercare.application;

import org.shegong.platform.api.records.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.shegong.modules.eldercare.domain.model.elder.BarthelIndex;
import org.shegong.modules.eldercare.domain.model.elder.ElderProfile;
import org.shegong.modules.eldercare.domain.model.elder.ElderProfileRepository;
import org.shegong.platform.api.access.RequiresPermission;
import org.shegong.platform.api.directory.ResidentCard;

/** Elder profiles on residents of my stations: open one, describe the elder, assess the Barthel index. */
@ApplicationScoped
@Transactional
public class ElderRegister {

    @Inject
    ElderProfileRepository profiles;

    @Inject
    MyElders myElders;

    @Inject
    Clock clock;

    @RequiresPermission(ElderCarePermissions.READ)
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ElderProfile> profileOf(long residentId) {
        myElders.resident(residentId);
        return profiles.ofResident(residentId);
    }

    /**
     * Whether the resident has a profile, and if not whether {@link #record} would open one — the same age rule
     * ({@link ElderProfile#checkIsElder}), asked before anyone fills a form it would refuse.
     */
    @RequiresPermission(ElderCarePermissions.READ)
    @Transactional(Transactional.TxType.SUPPORTS)
    public ResidentElder onResident(long residentId) {
        ResidentCard resident = myElders.resident(residentId);
        if (profiles.ofResident(residentId).isPresent()) {
            return new ResidentElder(true, null);
        }
        try {
            ElderProfile.checkIsElder(resident.birthDate(), LocalDate.now(clock));
            return new ResidentElder(false, null);
        } catch (Refusal notAnElder) {
            return new ResidentElder(false, notAnElder);
        }
    }

    @RequiresPermission(ElderCarePermissions.READ)
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ElderProfile> eldersAt(Set<String> streetCodes) {
        return profiles.atStreets(streetCodes);
    }

    /** Opens the profile if the resident has none yet, then records the details; all or nothing. */
    @RequiresPermission(ElderCarePermissions.RECORD)
    public ElderProfile record(long residentId, ProfileDetails details) {
        ResidentCard resident = myElders.resident(residentId);
        BarthelIndex barthel = details.barthel() == null ? null : BarthelIndex.of(details.barthel());
        LocalDate assessedOn = details.barthelAssessedOn() == null ? LocalDate.now(clock) : details.barthelAssessedOn();
        if (assessedOn.isAfter(LocalDate.now(clock))) {
            throw new Refusal("eldercare.refused.assessedInFuture");
        }
        ElderProfile profile = profiles.ofResident(residentId).orElseGet(() -> {
            ElderProfile.checkIsElder(resident.birthDate(), LocalDate.now(clock));
            return new ElderProfile(residentId, resident.streetCode(), resident.name());
        });
        // A field left out (null) keeps what is recorded, so an API call never erases by omission;
        // an empty text is a deliberate clearing.
        profile.describe(kept(details.livingSituation(), profile.getLivingSituation()),
                kept(details.chronicConditions(), profile.getChronicConditions()),
                kept(details.emergencyContacts(), profile.getEmergencyContacts()),
                kept(details.familyDoctor(), profile.getFamilyDoctor()));
        if (barthel != null) {
            profile.assess(barthel, assessedOn);
        }
        profiles.store(profile);
        return profile;
    }

    private static <T> T kept(T given, T recorded) {
        return given != null ? given : recorded;
    }
}
