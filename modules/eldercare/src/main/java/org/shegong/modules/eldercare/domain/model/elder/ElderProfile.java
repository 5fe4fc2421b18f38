package org.shegong.modules.eldercare.domain.model.elder;

import org.shegong.platform.api.records.Refusal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.shegong.modules.eldercare.domain.model.ElderRecord;

/**
 * The elder-care view of one resident (服务对象) of the platform's register: how they live, their
 * chronic conditions, their ability to live independently (Barthel index), whom to call.
 *
 * <p>Invariants: one profile per resident and tenant; the resident is referred to by id only and
 * the station by street code, copied when the profile is made; the Barthel scores are always a
 * valid {@link BarthelIndex}.
 */
@Entity
@Table(name = "elder_profile")
public class ElderProfile extends ElderRecord {

    @Column(name = "resident_name", nullable = false, length = 50)
    private String residentName;

    @Enumerated(EnumType.STRING)
    @Column(name = "living_situation", nullable = false, length = 20)
    private LivingSituation livingSituation;

    @Column(name = "chronic_conditions", length = 500)
    private String chronicConditions;

    @Column(name = "barthel_feeding", nullable = false)
    private int feeding;
    @Column(name = "barthel_bathing", nullable = false)
    private int bathing;
    @Column(name = "barthel_grooming", nullable = false)
    private int grooming;
    @Column(name = "barthel_dressing", nullable = false)
    private int dressing;
    @Column(name = "barthel_bowels", nullable = false)
    private int bowels;
    @Column(name = "barthel_bladder", nullable = false)
    private int bladder;
    @Column(name = "barthel_toilet_use", nullable = false)
    private int toiletUse;
    @Column(name = "barthel_transfers", nullable = false)
    private int transfers;
    @Column(name = "barthel_mobility", nullable = false)
    private int mobility;
    @Column(name = "barthel_stairs", nullable = false)
    private int stairs;

    @Column(name = "barthel_assessed_on")
    private LocalDate barthelAssessedOn;

    @Column(name = "emergency_contacts", length = 500)
    private String emergencyContacts;

    @Column(name = "family_doctor", length = 200)
    private String familyDoctor;

    protected ElderProfile() {
    }

    /** The age from which a resident is an elder (老年人: 60, 《老年人权益保障法》第二条). */
    public static final int ELDER_AGE = 60;

    /**
     * Refuses to open a profile for a resident without a birth date on record (whether they are an elder cannot
     * be told: the date is asked for first, as child protection does), and, with the age, for one born less than
     * {@link #ELDER_AGE} years before {@code today}.
     */
    public static void checkIsElder(LocalDate birthDate, LocalDate today) {
        if (birthDate == null) {
            throw new Refusal("eldercare.refused.birthDateNeeded", ELDER_AGE);
        }
        if (birthDate.plusYears(ELDER_AGE).isAfter(today)) {
            throw new Refusal("eldercare.refused.notAnElder", java.time.Period.between(birthDate, today).getYears(), ELDER_AGE);
        }
    }

    public ElderProfile(long residentId, String streetCode, String residentName) {
        super(residentId, streetCode);
        this.residentName = Objects.requireNonNull(residentName);
        this.livingSituation = LivingSituation.ALONE;
        assess(BarthelIndex.independent(), null);
    }

    public void describe(LivingSituation livingSituation, String chronicConditions, String emergencyContacts,
                         String familyDoctor) {
        if (livingSituation == null) {
            throw new Refusal("eldercare.refused.livingSituation");
        }
        this.livingSituation = livingSituation;
        this.chronicConditions = trimmed(chronicConditions, 500, "eldercare.field.chronicConditions");
        this.emergencyContacts = trimmed(emergencyContacts, 500, "eldercare.field.emergencyContacts");
        this.familyDoctor = trimmed(familyDoctor, 200, "eldercare.field.familyDoctor");
    }

    public void assess(BarthelIndex index, LocalDate on) {
        Objects.requireNonNull(index);
        feeding = index.score(BarthelItem.FEEDING);
        bathing = index.score(BarthelItem.BATHING);
        grooming = index.score(BarthelItem.GROOMING);
        dressing = index.score(BarthelItem.DRESSING);
        bowels = index.score(BarthelItem.BOWELS);
        bladder = index.score(BarthelItem.BLADDER);
        toiletUse = index.score(BarthelItem.TOILET_USE);
        transfers = index.score(BarthelItem.TRANSFERS);
        mobility = index.score(BarthelItem.MOBILITY);
        stairs = index.score(BarthelItem.STAIRS);
        barthelAssessedOn = on;
    }

    public BarthelIndex getBarthel() {
        Map<BarthelItem, Integer> scores = new EnumMap<>(BarthelItem.class);
        scores.put(BarthelItem.FEEDING, feeding);
        scores.put(BarthelItem.BATHING, bathing);
        scores.put(BarthelItem.GROOMING, grooming);
        scores.put(BarthelItem.DRESSING, dressing);
        scores.put(BarthelItem.BOWELS, bowels);
        scores.put(BarthelItem.BLADDER, bladder);
        scores.put(BarthelItem.TOILET_USE, toiletUse);
        scores.put(BarthelItem.TRANSFERS, transfers);
        scores.put(BarthelItem.MOBILITY, mobility);
        scores.put(BarthelItem.STAIRS, stairs);
        return BarthelIndex.of(scores);
    }

    static String trimmed(String text, int max, String fieldKey) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        if (t.length() > max) {
            throw new Refusal("eldercare.refused.tooLong", new Refusal.Label(fieldKey), max);
        }
        return t;
    }



    public String getResidentName() {
        return residentName;
    }

    public LivingSituation getLivingSituation() {
        return livingSituation;
    }

    public String getChronicConditions() {
        return chronicConditions;
    }

    public LocalDate getBarthelAssessedOn() {
        return barthelAssessedOn;
    }

    public String getEmergencyContacts() {
        return emergencyContacts;
    }

    public String getFamilyDoctor() {
        return familyDoctor;
    }
}
