package org.shegong.modules.volunteers.domain.model.volunteer;

import org.shegong.platform.api.records.Refusal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.shegong.modules.volunteers.domain.model.VolunteerRecord;

/**
 * One operator's record of a volunteer (志愿者). The same person at another operator has a record
 * there too; the two are one person through the ID number's blind index (see the application's
 * {@code OneIdentity}), never through a shared row.
 *
 * <p>Invariants: the ID number is held only as ciphertext and blind index (one record per index and
 * operator); the volunteer number is the operator's and never changes; name and affiliation kind
 * are always present.
 */
@Entity
@Table(name = "vol_volunteer")
public class Volunteer extends VolunteerRecord {

    @Column(name = "volunteer_number", nullable = false, length = 20, updatable = false)
    private String volunteerNumber;

    @Column(nullable = false, length = 50)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Gender gender;

    @Column(name = "id_number", nullable = false, length = 200)
    private String idNumberCipher;

    @Column(name = "id_number_index", nullable = false, length = 64, updatable = false)
    private String idNumberIndex;

    @Column(name = "id_number_masked", nullable = false, length = 18)
    private String idNumberMasked;

    @Column(length = 20)
    private String phone;

    @Enumerated(EnumType.STRING)
    @Column(name = "affiliation_kind", nullable = false, length = 20)
    private AffiliationKind affiliationKind;

    @Column(name = "affiliation_name", length = 100)
    private String affiliationName;

    /** Tags, kept as one comma-separated text (few, short, searched with like). */
    @Column(length = 300)
    private String skills;

    @Column(length = 200)
    private String availability;

    @Column(name = "emergency_contact", length = 100)
    private String emergencyContact;

    @Column(name = "street_code", nullable = false, length = 12)
    private String streetCode;

    /** The volunteer's sign-in (Keycloak username), when they use the portal. */
    @Column(length = 100)
    private String login;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private VolunteerStatus status;

    /** The day the station registered the volunteer (the register's snapshot counts by it). */
    @Column(name = "registered_on", nullable = false, updatable = false)
    private LocalDate registeredOn;

    protected Volunteer() {
    }

    public Volunteer(String volunteerNumber, String streetCode, String idNumberCipher, String idNumberIndex,
                     String idNumberMasked, LocalDate registeredOn) {
        this.registeredOn = Objects.requireNonNull(registeredOn);
        this.volunteerNumber = Objects.requireNonNull(volunteerNumber);
        this.streetCode = Objects.requireNonNull(streetCode);
        this.idNumberCipher = Objects.requireNonNull(idNumberCipher);
        this.idNumberIndex = Objects.requireNonNull(idNumberIndex);
        this.idNumberMasked = Objects.requireNonNull(idNumberMasked);
        this.status = VolunteerStatus.ACTIVE;
    }

    /** Writes the details; a missing name or affiliation kind is refused with the reason. */
    public void describe(String name, Gender gender, String phone, AffiliationKind kind, String affiliationName,
                         Set<String> skills, String availability, String emergencyContact) {
        if (name == null || name.isBlank()) {
            throw new Refusal("volunteers.refused.enterName");
        }
        if (name.strip().length() > 50) {
            throw new Refusal("volunteers.refused.nameLength");
        }
        if (gender == null) {
            throw new Refusal("volunteers.refused.chooseGender");
        }
        if (kind == null) {
            throw new Refusal("volunteers.refused.chooseKind");
        }
        if (phone != null && !phone.isBlank() && !phone.strip().matches("1[0-9]{10}")) {
            throw new Refusal("volunteers.refused.mobile");
        }
        this.name = name.strip();
        this.gender = gender;
        this.phone = blankToNull(phone);
        this.affiliationKind = kind;
        this.affiliationName = blankToNull(affiliationName);
        this.skills = skills == null ? null : String.join(",", tags(skills));
        this.availability = blankToNull(availability);
        this.emergencyContact = blankToNull(emergencyContact);
    }

    public void linkLogin(String login) {
        this.login = blankToNull(login);
    }

    public void changeStatus(VolunteerStatus status) {
        this.status = Objects.requireNonNull(status);
    }

    public boolean active() {
        return status == VolunteerStatus.ACTIVE;
    }

    private static Set<String> tags(Set<String> skills) {
        return skills.stream().filter(Objects::nonNull).map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> s.replace(",", "，")).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /**
     * The volunteer number a person typed to find someone, as stored (V and six digits): "V000031",
     * "v31" and "31" are all V000031; anything else is not a number (a name, then).
     */
    public static java.util.Optional<String> numberTyped(String typed) {
        String t = typed == null ? "" : typed.strip();
        if (!t.matches("[Vv]?[0-9]{1,6}")) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(numberOf(Integer.parseInt(t.replaceFirst("^[Vv]", ""))));
    }

    /** The {@code n}th volunteer number of an operator, as stored and printed: V and six digits. */
    public static String numberOf(long n) {
        return String.format("V%06d", n);
    }

    public String getVolunteerNumber() {
        return volunteerNumber;
    }

    public String getName() {
        return name;
    }

    public Gender getGender() {
        return gender;
    }

    public String getIdNumberCipher() {
        return idNumberCipher;
    }

    public String getIdNumberIndex() {
        return idNumberIndex;
    }

    public String getIdNumberMasked() {
        return idNumberMasked;
    }

    public String getPhone() {
        return phone;
    }

    public AffiliationKind getAffiliationKind() {
        return affiliationKind;
    }

    public String getAffiliationName() {
        return affiliationName;
    }

    public Set<String> getSkills() {
        return skills == null || skills.isEmpty() ? Set.of()
                : new LinkedHashSet<>(Arrays.asList(skills.split(",")));
    }

    public String getAvailability() {
        return availability;
    }

    public String getEmergencyContact() {
        return emergencyContact;
    }

    public String getStreetCode() {
        return streetCode;
    }

    public String getLogin() {
        return login;
    }

    public LocalDate getRegisteredOn() {
        return registeredOn;
    }

    public VolunteerStatus getStatus() {
        return status;
    }
}
