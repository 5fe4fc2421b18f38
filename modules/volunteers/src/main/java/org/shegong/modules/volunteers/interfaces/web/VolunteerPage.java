package org.shegong.modules.volunteers.interfaces.web;

import org.shegong.platform.api.audit.Said;
import org.shegong.platform.api.records.Punctuation;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.shegong.platform.api.audit.AuditRecord;
import java.util.stream.Collectors;
import org.shegong.modules.volunteers.application.VolunteerFile;
import org.shegong.modules.volunteers.application.VolunteersPermissions;
import org.shegong.modules.volunteers.domain.model.volunteer.Volunteer;
import org.shegong.platform.api.access.Permissions;
import org.shegong.platform.api.directory.StaffCards;
import org.shegong.platform.api.web.PageMessages;
import org.shegong.platform.api.records.RecordNotFoundException;

/**
 * A volunteer's page (志愿者档案) for staff of the volunteer's station, loaded once in the view
 * action: details with the ID number masked (a lead may reveal it, recorded), skills, shifts served
 * with hours and corrections, time-bank balance and ledger, history. Another station's or
 * operator's volunteer is the not-found page. Codes (gender, affiliation, status) are held as
 * their bundle keys, said by the page in its language.
 */
@Named
@ViewScoped
public class VolunteerPage implements Serializable {

    private static final long serialVersionUID = 1L;

    public record ServiceRow(String role, String station, String when, String hours, String status, String corrections)
            implements Serializable {
    }

    public record EntryRow(String at, String hours, String memo) implements Serializable {
    }


    @Inject
    transient VolunteerFile files;

    @Inject
    transient Permissions permissions;

    @Inject
    transient StaffCards staff;

    private Long id;
    private String number;
    private String name;
    private String gender;
    private String idNumber;
    private String phone;
    private String affiliation;
    private String affiliationName;
    private String skills;
    private String availability;
    private String emergencyContact;
    private String streetCode;
    private String status;
    private String confirmedHours;
    private String pendingHours;
    private String balanceHours;
    private List<ServiceRow> services;
    private List<EntryRow> ledger;
    private transient List<AuditRecord> history;

    /**
     * The view action, after the platform's {@code shegong.recordId} converter read {@code ?id=}: a volunteer unknown or not of my stations is "not found" (404, the service refuses it),
     * and so is an address without an id, as the page has no chooser ({@link RecordNotFoundException#unlessMissing}).
     */
    public void load() {
        long id = RecordNotFoundException.unlessMissing(this.id, "志愿者 volunteer");
        VolunteerFile.Contents c = files.open(id);
        java.util.Locale language = PageMessages.locale();
        Volunteer v = c.volunteer();
        number = v.getVolunteerNumber();
        name = v.getName();
        gender = "gender." + v.getGender().name();
        idNumber = v.getIdNumberMasked();
        phone = v.getPhone();
        affiliation = "affiliation." + v.getAffiliationKind().name();
        affiliationName = v.getAffiliationName();
        skills = String.join("、", v.getSkills());
        availability = v.getAvailability();
        emergencyContact = v.getEmergencyContact();
        streetCode = v.getStreetCode();
        status = "volunteer.status." + v.getStatus().name();
        confirmedHours = Times.hours(c.confirmedMinutes());
        pendingHours = Times.hours(c.pendingMinutes());
        balanceHours = Times.hours(c.balance().ledgerMinutes());
        services = c.services().stream().map(s -> new ServiceRow(s.shift().getRole(), s.shift().getStreetCode(),
                Times.shown(s.shift().getStartsAt()) + " – " + Times.shown(s.shift().getEndsAt()), Times.hours(s.attendance().getMinutes()),
                "attendance.status." + s.attendance().getStatus().name(), s.corrections().stream().map(k -> Punctuation.aside(Punctuation.labelled(Times.shown(k.getCreatedAt()) + " " + correctorName(k.getCorrectedBy()),
                        k.getFromMinutes() + "→" + k.getToMinutes(), language), k.getReason(), language)).collect(Collectors.joining(" · "))))
                .toList();
        ledger = c.balance().history().stream().map(e -> new EntryRow(Times.shown(e.getCreatedAt()), Times.hours(e.getMinutes()), Said.say(e.getMemo(), language)))
                .toList();
        history = List.copyOf(c.history());
    }

    /** The worker who corrected the minutes, by name (the login only if no staff card has it). */
    private String correctorName(String login) {
        return login == null ? "" : staff.nameOf(login).orElse(login);
    }

    /** Shows the full ID number, recorded in the audit trail before it is shown. */
    public void reveal() {
        PageMessages.attempt(() -> idNumber = files.revealIdNumber(id));
    }

    /** The reveal button is shown to those who may reveal (the service checks again). */
    public boolean isMayReveal() {
        return permissions.holds(VolunteersPermissions.REVEAL);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getNumber() {
        return number;
    }

    public String getName() {
        return name;
    }

    public String getGender() {
        return gender;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public String getPhone() {
        return phone;
    }

    public String getAffiliation() {
        return affiliation;
    }

    public String getAffiliationName() {
        return affiliationName;
    }

    public String getSkills() {
        return skills;
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

    public String getStatus() {
        return status;
    }

    public String getConfirmedHours() {
        return confirmedHours;
    }

    public String getPendingHours() {
        return pendingHours;
    }

    public String getBalanceHours() {
        return balanceHours;
    }

    public List<ServiceRow> getServices() {
        return services;
    }

    public List<EntryRow> getLedger() {
        return ledger;
    }

    public List<AuditRecord> getHistory() {
        return history;
    }
}
