package org.shegong.modules.clubs.interfaces.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.shegong.modules.clubs.application.ClubDetails;
import org.shegong.modules.clubs.application.ClubRegister;
import org.shegong.modules.clubs.application.ResidentChoice;
import org.shegong.modules.clubs.domain.model.club.Club;
import org.shegong.modules.clubs.domain.model.club.ClubKind;
import org.shegong.platform.api.records.Punctuation;
import org.shegong.platform.api.web.PageMessages;

/**
 * A club's profile as typed, on 新建社团 and 编辑社团资料 alike ({@code profile.xhtml}): name, kind, community,
 * founding day, leader and contact — residents of my stations, chosen by name from what a search offered
 * ({@link #getPeople()}) — teacher, place and schedule.
 *
 * <p>On an edit the form is the whole profile: an emptied text clears that text and a blank name is the service's
 * to refuse. Leader and contact are the exception, since a person is not retyped: one left as loaded, or emptied,
 * is kept; only ticking 不设负责人 / 不设联系人 clears them.
 */
public class ClubForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String name;
    private ClubKind kind;
    private String communityCode;
    private LocalDate foundedOn;
    private ResidentChoice leader;
    private ResidentChoice contact;
    private boolean clearLeader;
    private boolean clearContact;
    private String teacher;
    private String place;
    private String schedule;
    /** The ids of the leader and contact as loaded (null: none). */
    private Long leaderWas;
    private Long contactWas;
    private final ResidentChoices people = new ResidentChoices();

    /** Starts from the club as recorded, its leader and contact as the choices shown. */
    void fill(ClubRegister.ClubToDescribe d) {
        Club c = d.club();
        name = c.getName();
        kind = c.getKind();
        communityCode = c.getCommunityCode();
        foundedOn = c.getFoundedOn();
        leader = d.leader();
        contact = d.contact();
        leaderWas = leader == null ? null : leader.id();
        contactWas = contact == null ? null : contact.id();
        people.offer(leader == null ? List.of() : List.of(leader));
        people.offer(contact == null ? List.of() : List.of(contact));
        clearLeader = false;
        clearContact = false;
        teacher = c.getTeacher();
        place = c.getPlace();
        schedule = c.getSchedule();
    }

    /** What a new club is registered with: what was typed, nothing more. */
    ClubDetails toRegister() {
        return new ClubDetails(name, kind, communityCode, foundedOn, leader == null ? null : leader.id(),
                contact == null ? null : contact.id(), teacher, place, schedule);
    }

    /**
     * The change a sent edit form asks for (in {@link ClubDetails}' terms): every text as it stands (emptied: cleared;
     * a name emptied is blank, refused), kind, community and founding day as chosen (a club always has them: one
     * left empty is kept), and leader and contact only when changed on purpose — ticked to clear ({@code 0}) or
     * another person chosen; else null, kept.
     */
    ClubDetails changes() {
        return new ClubDetails(text(name), kind, communityCode, foundedOn, person(leader, leaderWas, clearLeader),
                person(contact, contactWas, clearContact), text(teacher), text(place), text(schedule));
    }

    private static Long person(ResidentChoice chosen, Long was, boolean clear) {
        if (clear) {
            return 0L;
        }
        return chosen == null || Long.valueOf(chosen.id()).equals(was) ? null : chosen.id();
    }

    private static String text(String typed) {
        return typed == null ? "" : typed;
    }

    /** What a search found, remembered as the choices the form may send back. */
    List<ResidentChoice> offer(List<ResidentChoice> found) {
        people.offer(found);
        return found;
    }

    /** A person as listed and shown once chosen: the name, the hint in parentheses ("王芳（五龙口三社区 · 138****5678）"). */
    public String label(ResidentChoice p) {
        if (p == null) {
            return null;
        }
        return p.hint() == null ? p.name() : Punctuation.aside(p.name(), p.hint(), PageMessages.locale());
    }

    /** The people this form has offered, for the leader and contact fields: an id it did not offer is not taken. */
    public ResidentChoices getPeople() {
        return people;
    }

    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public ClubKind getKind() { return kind; }
    public void setKind(ClubKind v) { kind = v; }
    public String getCommunityCode() { return communityCode; }
    public void setCommunityCode(String v) { communityCode = v; }
    public LocalDate getFoundedOn() { return foundedOn; }
    public void setFoundedOn(LocalDate v) { foundedOn = v; }
    public ResidentChoice getLeader() { return leader; }
    public void setLeader(ResidentChoice v) { leader = v; }
    public ResidentChoice getContact() { return contact; }
    public void setContact(ResidentChoice v) { contact = v; }
    public boolean isClearLeader() { return clearLeader; }
    public void setClearLeader(boolean v) { clearLeader = v; }
    public boolean isClearContact() { return clearContact; }
    public void setClearContact(boolean v) { clearContact = v; }
    public String getTeacher() { return teacher; }
    public void setTeacher(String v) { teacher = v; }
    public String getPlace() { return place; }
    public void setPlace(String v) { place = v; }
    public String getSchedule() { return schedule; }
    public void setSchedule(String v) { schedule = v; }
}
