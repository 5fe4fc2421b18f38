package org.shegong.modules.childprotection.domain.model.child;

import org.shegong.platform.api.directory.NameMask;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.shegong.modules.childprotection.domain.model.CaseWorkRecord;
import org.shegong.platform.api.records.Refusal;

/**
 * A child served by a station (儿童档案), on a resident of the platform's register (by id).
 *
 * <p>Invariants: a de facto unattended child (事实无人抚养) has its 62号 reason and no other category
 * has one; a child in school names the school, one out of school says why; when guardians are listed,
 * at least one is the legal guardian; health, disability and household (beyond the minimum) are kept
 * only while the guardian's recording consent is in force — a withdrawal erases them, and recording
 * them without it is refused with the reason.
 */
@Entity
@Table(name = "cp_child")
public class Child extends CaseWorkRecord {

    @Column(name = "resident_id", nullable = false, updatable = false)
    private long residentId;

    @Column(name = "name", nullable = false, length = 50)
    private String name;

    @Column(name = "birth_date")
    private LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false, length = 30)
    private ChildCategory category;

    @Enumerated(EnumType.STRING)
    @Column(name = "unattended_reason", length = 40)
    private UnattendedReason unattendedReason;

    @Column(name = "in_school", nullable = false)
    private boolean inSchool;

    @Column(name = "school", length = 100)
    private String school;

    @Column(name = "grade", length = 20)
    private String grade;

    @Column(name = "not_in_school_reason", length = 200)
    private String notInSchoolReason;

    @Column(name = "health", length = 500)
    private String health;

    @Column(name = "disability", length = 200)
    private String disability;

    @Column(name = "household", length = 500)
    private String household;

    @Convert(converter = GuardiansConverter.class)
    @Column(name = "guardians", length = 1000)
    private List<Guardian> guardians = new ArrayList<>();

    @Column(name = "child_director", length = 50)
    private String childDirector;

    /** The community the child's resident record places them in (from the register), for the list's filter. */
    @Column(name = "community_code", length = 12)
    private String communityCode;

    @Embedded
    private Consent consent = Consent.none();

    /** A child is under 18 (《未成年人保护法》 art. 2): on their 18th birthday they are an adult. */
    public static final int ADULT_AGE = 18;

    protected Child() {
    }

    /**
     * Whether this birth date is a child's on {@code today}: under {@link #ADULT_AGE}. Without a birth date no one
     * is known to be a child: the register cannot tell, and the resident page asks for the date first. The same
     * rule decides whether the resident page offers to register the child at all.
     */
    public static boolean isChildOn(LocalDate birthDate, LocalDate today) {
        return birthDate != null && birthDate.plusYears(ADULT_AGE).isAfter(today);
    }

    /**
     * Refuses a resident without a birth date on record (whether they are under 18 cannot be told), and, with
     * the person's age, one who is 18 or over on {@code today}.
     */
    public static void checkIsChild(LocalDate birthDate, LocalDate today) {
        if (birthDate == null) {
            throw new Refusal("childprotection.refused.birthDateNeeded", ADULT_AGE);
        }
        if (!isChildOn(birthDate, today)) {
            throw new Refusal("childprotection.refused.notAChild", java.time.Period.between(birthDate, today).getYears(), ADULT_AGE);
        }
    }

    public Child(long residentId, String name, LocalDate birthDate, String streetCode, ChildDetails details) {
        super(streetCode, null, null);
        if (name == null || name.isBlank()) {
            throw new Refusal("childprotection.refused.childName");
        }
        if (birthDate != null && birthDate.isBefore(LocalDate.of(1900, 1, 1))) {
            throw new Refusal("childprotection.refused.birthDate", birthDate);
        }
        this.residentId = residentId;
        this.name = name.strip();
        this.birthDate = birthDate;
        record(details);
    }

    /** Records the details as given; health, disability and household only with recording consent. */
    public void record(ChildDetails d) {
        Objects.requireNonNull(d, "details");
        if (d.category() == null) {
            throw new Refusal("childprotection.refused.chooseCategory");
        }
        if (d.category() == ChildCategory.DE_FACTO_UNATTENDED && d.unattendedReason() == null) {
            throw new Refusal("childprotection.refused.reason62Needed");
        }
        if (d.category() != ChildCategory.DE_FACTO_UNATTENDED && d.unattendedReason() != null) {
            throw new Refusal("childprotection.refused.reason62Only");
        }
        if (d.inSchool() && !ChildDetails.present(d.school())) {
            throw new Refusal("childprotection.refused.school");
        }
        if (!d.inSchool() && !ChildDetails.present(d.notInSchoolReason())) {
            throw new Refusal("childprotection.refused.notInSchoolReason");
        }
        if (!d.guardians().isEmpty() && d.guardians().stream().noneMatch(Guardian::legalGuardian)) {
            throw new Refusal("childprotection.refused.legalGuardian");
        }
        if (d.hasSensitiveDetails() && !getConsent().permits(ConsentScope.RECORDING)) {
            throw new Refusal("childprotection.refused.recordingConsent");
        }
        this.category = d.category();
        this.unattendedReason = d.unattendedReason();
        this.inSchool = d.inSchool();
        this.school = d.inSchool() ? clip(d.school(), 100) : null;
        this.grade = d.inSchool() ? clip(d.grade(), 20) : null;
        this.notInSchoolReason = d.inSchool() ? null : clip(d.notInSchoolReason(), 200);
        this.health = clip(d.health(), 500);
        this.disability = clip(d.disability(), 200);
        this.household = clip(d.household(), 500);
        this.guardians = new ArrayList<>(d.guardians());
        this.childDirector = clip(d.childDirector(), 50);
    }

    /** Where the register places the child: the community of their resident record. */
    public void livesIn(String communityCode) {
        this.communityCode = communityCode == null || communityCode.isBlank() ? null : communityCode.strip();
    }

    public void consent(Consent given) {
        this.consent = Objects.requireNonNull(given);
    }

    /** Withdraws the consent: from now nothing is shared and only the minimum is kept. */
    public void withdrawConsent(LocalDate on, String reason) {
        this.consent = getConsent().withdrawn(on, reason);
        this.health = null;
        this.disability = null;
        this.household = null;
    }

    /** The name as other staff of the station may see it (张*): that the child is served, not who exactly. */
    public String getMaskedName() {
        return NameMask.of(name);
    }

    private static String clip(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > max) {
            throw new Refusal("childprotection.refused.textTooLong", max);
        }
        return v;
    }

    public long getResidentId() {
        return residentId;
    }

    public String getName() {
        return name;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public ChildCategory getCategory() {
        return category;
    }

    public UnattendedReason getUnattendedReason() {
        return unattendedReason;
    }

    public boolean isInSchool() {
        return inSchool;
    }

    public String getSchool() {
        return school;
    }

    public String getGrade() {
        return grade;
    }

    public String getNotInSchoolReason() {
        return notInSchoolReason;
    }

    public String getHealth() {
        return health;
    }

    public String getDisability() {
        return disability;
    }

    public String getHousehold() {
        return household;
    }

    public List<Guardian> getGuardians() {
        return List.copyOf(guardians);
    }

    public String getCommunityCode() {
        return communityCode;
    }

    public String getChildDirector() {
        return childDirector;
    }

    /** The consent; EclipseLink loads an embedded value whose columns are all empty as null, which is "none". */
    public Consent getConsent() {
        return consent == null ? Consent.none() : consent;
    }
}
