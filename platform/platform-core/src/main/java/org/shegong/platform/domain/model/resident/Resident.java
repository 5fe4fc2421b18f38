package org.shegong.platform.domain.model.resident;

import org.shegong.platform.api.records.Refusal;
import org.shegong.platform.api.records.Refusals;
import jakarta.persistence.Column;
import java.time.Instant;
import org.shegong.platform.api.persistence.InstantConverter;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.shegong.platform.api.persistence.TenantOwnedEntity;
import org.shegong.platform.domain.model.region.Region;
import org.shegong.platform.domain.model.region.RegionLevel;

/**
 * A person the station serves (服务对象).
 *
 * <p>Invariants: the community is a community-level region; the ID number, when present, is valid
 * and its keyed hash ({@code idNumberIndex}) always belongs to it, so exact search finds it. The
 * registration date (建档日期) is always set, not before {@link #EARLIEST_REGISTRATION} and not after
 * the day it was set on: the register counts the person from that day.
 */
@Entity
@Table(name = "resident")
public class Resident extends TenantOwnedEntity {

    /**
     * The longest name, phone number and address a resident has: the columns' lengths, the details' rules
     * and the form's {@code maxlength} all read these, so a limit is changed in one place (with a migration).
     */
    public static final int NAME_MAX = 50;
    public static final int PHONE_MAX = 30;
    public static final int ADDRESS_MAX = 200;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private Gender gender;

    @Column(name = "birth_date")
    private LocalDate birthDate;

    /**
     * The day the station registered the person (建档日期), as its ledger says: may be long before this
     * row was written (a ledger imported on day one). The {@code residents} metric counts from it.
     */
    @Column(name = "registered_on", nullable = false)
    private LocalDate registeredOn;

    // Encrypted by infrastructure's converter, which applies itself to every IdNumber attribute:
    // the domain names no infrastructure class.
    @Column(name = "id_number", length = 120)
    private IdNumber idNumber;

    @Column(name = "id_number_index", length = 64)
    private String idNumberIndex;

    @Column(length = PHONE_MAX)
    private String phone;

    @ManyToOne(optional = false)
    @JoinColumn(name = "community_id", nullable = false)
    private Region community;

    /**
     * The community's key, read only (written through {@link #community}): lets the list's row query
     * read it without joining region, which made MariaDB sort the tenant's whole register for a page.
     */
    @Column(name = "community_id", insertable = false, updatable = false)
    private Long communityId;

    @Column(length = ADDRESS_MAX)
    private String address;

    @Convert(converter = ResidentCategoriesConverter.class)
    @Column(nullable = false, length = 200)
    private Set<ResidentCategory> categories = EnumSet.noneOf(ResidentCategory.class);

    /** Set when removed: the person drops out of lists and searches but nothing is lost, and they can be restored. */
    @Column(name = "removed_at")
    @Convert(converter = InstantConverter.class)
    private Instant removedAt;

    @Column(name = "removed_by", length = 100)
    private String removedBy;

    /**
     * For a resident registered by an Excel import: the history entry of that import (one per file,
     * with its row count) and the row of the file this person came from. The resident's history shows
     * the import through them, instead of one entry per imported person.
     */
    @Column(name = "imported_in", updatable = false)
    private Long importedIn;

    @Column(name = "imported_row", updatable = false)
    private Integer importedRow;

    protected Resident() {
    }

    public Resident(String name, Region community) {
        rename(name);
        moveTo(community, null);
    }

    public void rename(String name) {
        if (name == null || name.isBlank()) {
            throw new Refusal("resident.refused.nameRequired");
        }
        if (name.strip().length() > NAME_MAX) {
            throw new Refusal("resident.refused.nameLength");
        }
        this.name = name.strip();
    }

    public void moveTo(Region community, String address) {
        if (community == null || community.getLevel() != RegionLevel.COMMUNITY) {
            throw new Refusal("resident.refused.community");
        }
        this.community = community;
        this.address = address;
    }

    /**
     * Sets the ID number together with its keyed hash; gender and birth date follow the number.
     */
    public void identify(IdNumber idNumber, String idNumberIndex) {
        if ((idNumber == null) != (idNumberIndex == null)) {
            throw new IllegalArgumentException("an ID number and its index go together");
        }
        this.idNumber = idNumber;
        this.idNumberIndex = idNumberIndex;
        if (idNumber != null) {
            this.gender = idNumber.gender();
            this.birthDate = idNumber.birthDate();
        }
    }

    /** The earliest birth date a living resident is taken to have. */
    public static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    /**
     * Whether someone can have been born on this day, seen on {@code today}: not before
     * {@link #EARLIEST_BIRTH} and not in the future. An ID number with a valid check digit can still
     * carry a birth date to come (a typo in the date part the check digit was computed for).
     */
    public static boolean isPlausibleBirthDate(LocalDate born, LocalDate today) {
        return !born.isBefore(EARLIEST_BIRTH) && !born.isAfter(today);
    }

    /** Refuses, with the date, a birth date (typed, or inside the ID number) no resident can have on {@code today}. */
    public void checkBirthDate(LocalDate today) {
        if (birthDate != null && !isPlausibleBirthDate(birthDate, today)) {
            throw new Refusal("resident.refused.birthDateRange", birthDate.toString());
        }
    }

    /**
     * The earliest registration date taken: the stations' ledgers (台账) as the platform knows them
     * began with the civil-affairs social work pilots of the 2000s; an earlier date is a typo (1900,
     * 0201 for 2021), and it would count the person in months no dashboard has.
     */
    public static final LocalDate EARLIEST_REGISTRATION = LocalDate.of(2000, 1, 1);

    /**
     * Whether a station can have registered someone on this day, seen on {@code today}: not before
     * {@link #EARLIEST_REGISTRATION} and not in the future.
     */
    public static boolean isPlausibleRegistrationDate(LocalDate on, LocalDate today) {
        return !on.isBefore(EARLIEST_REGISTRATION) && !on.isAfter(today);
    }

    /**
     * Sets the registration date (建档日期), refusing none (it is required: an edit never erases it) and,
     * with the date, one that is not {@link #isPlausibleRegistrationDate plausible} on {@code today}.
     */
    public void registeredOn(LocalDate on, LocalDate today) {
        Optional<Refusal> refused = registrationRefusal(on, today);
        if (refused.isPresent()) {
            throw refused.get();
        }
        this.registeredOn = on;
    }

    /** Why {@code on} cannot be a registration date seen on {@code today}, if so: none given, or not plausible. */
    private static Optional<Refusal> registrationRefusal(LocalDate on, LocalDate today) {
        if (on == null) {
            return Optional.of(new Refusal("resident.refused.registeredOnRequired"));
        }
        if (!isPlausibleRegistrationDate(on, today)) {
            return Optional.of(new Refusal("resident.refused.registeredOnRange", on.toString()));
        }
        return Optional.empty();
    }

    /**
     * Every rule of this class that a resident given these values breaks, each noted in {@code refused} about
     * its field — all of them, not the first, so a form says each beside its input in one submit. The
     * changing methods ({@link #checkBirthDate}, {@link #registeredOn}, {@link #categorise(Set, LocalDate, boolean)})
     * still refuse at their first reason; a change that passed this check passes them. {@code onFile}: the
     * resident being changed, null for a new one. {@code idNumber}: the number the resident will have (null:
     * none), whose birth date then stands for the typed one (a birth date to come is said about the ID number).
     */
    public static void check(Refusals.Collector refused, Resident onFile, IdNumber idNumber, LocalDate typedBirthDate,
                             LocalDate registeredOn, Set<ResidentCategory> categories, LocalDate today) {
        LocalDate born = idNumber != null ? idNumber.birthDate() : typedBirthDate;
        if (born != null && !isPlausibleBirthDate(born, today)) {
            refused.add(idNumber != null ? "idNumber" : "birthDate", new Refusal("resident.refused.birthDateRange", born.toString()));
        }
        registrationRefusal(registeredOn, today).ifPresent(r -> refused.add("registeredOn", r));
        misfit(checkedCategories(onFile, categories, Objects.equals(onFile == null ? null : onFile.birthDate, born)), born, today)
                .ifPresent(r -> refused.add("categories", r));
    }

    /** The categories the birth date is checked against: with the birth date unchanged, those on file are kept as they are. */
    private static Set<ResidentCategory> checkedCategories(Resident onFile, Set<ResidentCategory> categories, boolean sameBirthDate) {
        Set<ResidentCategory> checked = EnumSet.noneOf(ResidentCategory.class);
        checked.addAll(categories);
        if (sameBirthDate && onFile != null) {
            checked.removeAll(onFile.categories);
        }
        return checked;
    }

    /** A child (儿童) is under this age: a minor in Chinese law. */
    public static final int CHILD_UNDER = 18;

    /** An elder (老年人) is this age or over, as the elderly-rights law and elder care count them. */
    public static final int ELDER_FROM = 60;

    /**
     * Files the resident under these categories, refusing one the birth date contradicts — a person
     * of 66 filed as a child, one of 40 as an elder (a spreadsheet's column slipped) — with the birth
     * date and age. When the birth date on file is not changing ({@code sameBirthDate}), a category
     * already on file stays even when the years have outgrown it (a child who turned 18 keeps 儿童 until
     * staff change it: an edit of the phone is not refused for it); a new birth date is checked
     * against every category. A resident without a birth date is taken at their word. Call after the
     * birth date is set.
     */
    public void categorise(Set<ResidentCategory> categories, LocalDate today, boolean sameBirthDate) {
        Optional<Refusal> misfit = misfit(checkedCategories(this, categories, sameBirthDate), birthDate, today);
        if (misfit.isPresent()) {
            throw misfit.get();
        }
        categorise(categories);
    }

    /** Why a person born then cannot be filed under one of these categories today, if so (also what an import's check says). */
    public static Optional<Refusal> misfit(Set<ResidentCategory> categories, LocalDate birthDate, LocalDate today) {
        if (birthDate == null || birthDate.isAfter(today)) {
            return Optional.empty();
        }
        int age = java.time.Period.between(birthDate, today).getYears();
        if (categories.contains(ResidentCategory.CHILD) && age >= CHILD_UNDER) {
            return Optional.of(new Refusal("resident.refused.childAge", birthDate.toString(), String.valueOf(age)));
        }
        if (categories.contains(ResidentCategory.ELDER) && age < ELDER_FROM) {
            return Optional.of(new Refusal("resident.refused.elderAge", birthDate.toString(), String.valueOf(age)));
        }
        return Optional.empty();
    }

    public void describe(Gender gender, LocalDate birthDate, String phone) {
        if (idNumber == null) {
            this.gender = gender;
            this.birthDate = birthDate;
        }
        this.phone = phone;
    }

    public void categorise(Set<ResidentCategory> categories) {
        this.categories = categories.isEmpty() ? EnumSet.noneOf(ResidentCategory.class) : EnumSet.copyOf(categories);
    }

    public String getName() {
        return name;
    }

    public Gender getGender() {
        return gender;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    /** The day the station registered the person (建档日期); null only on a resident not yet given one. */
    public LocalDate getRegisteredOn() {
        return registeredOn;
    }

    public IdNumber getIdNumber() {
        return idNumber;
    }

    public String getPhone() {
        return phone;
    }

    /** The ID number's keyed hash (null without an ID number). */
    public String getIdNumberIndex() {
        return idNumberIndex;
    }

    public Region getCommunity() {
        return community;
    }

    public String getAddress() {
        return address;
    }

    public Set<ResidentCategory> getCategories() {
        return Collections.unmodifiableSet(categories);
    }

    public void remove(String actor, Instant at) {
        if (removedAt == null) {
            removedAt = Objects.requireNonNull(at);
            removedBy = Objects.requireNonNull(actor);
        }
    }

    public void restore() {
        removedAt = null;
        removedBy = null;
    }

    public boolean isRemoved() {
        return removedAt != null;
    }

    public Instant getRemovedAt() {
        return removedAt;
    }

    public String getRemovedBy() {
        return removedBy;
    }

    /** Notes that this new resident comes from row {@code row} of the import recorded as history entry {@code entryId}. */
    public void importedFrom(long entryId, int row) {
        if (getId() != null) {
            throw new IllegalStateException("only a new resident is imported");
        }
        this.importedIn = entryId;
        this.importedRow = row;
    }

    /** The history entry of the import that registered this resident, if one did. */
    public Long getImportedIn() {
        return importedIn;
    }

    /** The row of the imported file this resident came from, if an import registered them. */
    public Integer getImportedRow() {
        return importedRow;
    }

    public boolean isIn(ResidentCategory category) {
        return categories.contains(Objects.requireNonNull(category));
    }
}
