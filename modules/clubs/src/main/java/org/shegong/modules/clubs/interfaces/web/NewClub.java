package org.shegong.modules.clubs.interfaces.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.ResourceBundle;
import org.shegong.modules.clubs.application.ClubDetails;
import org.shegong.modules.clubs.application.ClubRegister;
import org.shegong.modules.clubs.application.MyClubs;
import org.shegong.modules.clubs.domain.model.club.Club;
import org.shegong.modules.clubs.domain.model.club.ClubKind;
import org.shegong.modules.clubs.domain.model.club.Community;
import org.shegong.platform.api.web.PageMessages;

/**
 * 新建社团 ({@code new.xhtml}): the form hands what was typed to {@link ClubRegister#register}, which decides
 * (name, kind, a community of my stations, a founding day not to come; the club's own rules), and the new club's
 * page opens. A refusal is a message with its reason and keeps what was typed. Leader and contact (residents) are
 * not asked here: the API takes them ({@code leaderId}, {@code contactId}); members are added on the club's page.
 */
@Named
@ViewScoped
public class NewClub implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ClubRegister register;

    @Inject
    transient MyClubs my;

    private String name;
    private ClubKind kind;
    private String communityCode;
    private LocalDate foundedOn;
    private String teacher;
    private String place;
    private String schedule;
    private List<Community> communities;

    /** The founding day starts at today (Asia/Shanghai). */
    public void load() {
        if (foundedOn == null) {
            foundedOn = register.today();
        }
    }

    public String create() {
        Club club;
        try {
            club = register.register(new ClubDetails(name, kind, communityCode, foundedOn, null, null, teacher, place, schedule));
        } catch (IllegalArgumentException refused) {
            PageMessages.refused(refused);
            return null;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().getFlash().setKeepMessages(true);
        PageMessages.info(ResourceBundle.getBundle("org.shegong.modules.clubs.messages", faces.getViewRoot().getLocale())
                .getString("clubs.new.done"));
        return "/clubs/club?faces-redirect=true&id=" + club.getId();
    }

    /** The communities of my stations to choose from, read once for the view. */
    public List<Community> getCommunities() {
        if (communities == null) {
            communities = my.communities(false);
        }
        return communities;
    }

    public ClubKind[] getKinds() {
        return ClubKind.values();
    }

    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public ClubKind getKind() { return kind; }
    public void setKind(ClubKind v) { kind = v; }
    public String getCommunityCode() { return communityCode; }
    public void setCommunityCode(String v) { communityCode = v; }
    public LocalDate getFoundedOn() { return foundedOn; }
    public void setFoundedOn(LocalDate v) { foundedOn = v; }
    public String getTeacher() { return teacher; }
    public void setTeacher(String v) { teacher = v; }
    public String getPlace() { return place; }
    public void setPlace(String v) { place = v; }
    public String getSchedule() { return schedule; }
    public void setSchedule(String v) { schedule = v; }
}
