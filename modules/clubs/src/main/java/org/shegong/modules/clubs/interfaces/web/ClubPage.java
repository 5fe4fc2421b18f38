package org.shegong.modules.clubs.interfaces.web;

import org.shegong.platform.api.web.PageMessages;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.ResourceBundle;
import org.shegong.modules.clubs.application.CharterBook;
import org.shegong.modules.clubs.application.ClubActivities;
import org.shegong.modules.clubs.domain.model.activity.ActivityMonths;
import org.shegong.modules.clubs.domain.model.activity.ClubActivityKind;
import org.shegong.modules.clubs.domain.model.club.Membership;
import org.shegong.platform.api.directory.ActivityCard;
import org.shegong.modules.clubs.application.ClubFile;
import org.shegong.modules.clubs.application.ClubRegister;
import org.shegong.modules.clubs.application.IncubationPath;
import org.shegong.modules.clubs.domain.model.charter.LineDiff;
import org.shegong.modules.clubs.domain.model.club.ClubStage;
import org.shegong.platform.api.audit.AuditRecord;
import org.shegong.platform.api.directory.ResidentCard;
import org.shegong.platform.api.directory.ResidentCards;
import org.shegong.platform.api.records.RecordNotFoundException;

/**
 * One club ({@code club.xhtml?id=N}): what describes it, members, the incubation plan and path with
 * the step form, charter versions with approval and a side-by-side comparison, the teams merged
 * into it, its history, and its activities and performances (platform activities with the club as
 * organiser: plan one, tick who attended, mark it held) with a chart of its activity by month. Loaded once in the view action (404 when the
 * club is not mine); every action goes through one service and reloads.
 */
@Named
@ViewScoped
public class ClubPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Where the activities' and the path's refusals are said: beside their forms ({@code club.xhtml}'s messages). */
    private static final String ACTIVITIES = "clubActivities";
    private static final String PATH = "clubPath";
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    @Inject
    transient ClubRegister register;

    @Inject
    transient IncubationPath path;

    @Inject
    transient CharterBook charters;

    @Inject
    transient ResidentCards residents;

    @Inject
    transient ClubActivities activities;

    private Long id;
    private transient ClubFile file;
    private transient List<AuditRecord> history;

    // forms
    private String memberSearch;
    private List<ResidentCard> found = List.of();
    private LocalDate joinedOn;
    private String milestone;
    private ClubStage stepTo;
    private String filingNumber;
    private String creditCode;
    private LocalDate stepOn;
    private String reason;
    private String charterText;
    private Long left;
    private Long right;
    private List<LineDiff.Row> diff = List.of();
    private transient List<ActivityCard> activityList;
    private ClubActivityKind activityKind = ClubActivityKind.ACTIVITY;
    private String activityTitle;
    private LocalDate activityOn;
    private Long attendanceOf;
    private List<Long> attendees = List.of();

    /**
     * The view action, after the platform's {@code shegong.recordId} converter read {@code ?id=}: a club unknown or not mine is "not found" (404, {@link ClubRegister#open}),
     * and so is an address without an id, as the page has no chooser ({@link RecordNotFoundException#unlessMissing}).
     */
    public void load() {
        long id = RecordNotFoundException.unlessMissing(this.id, "社团 club");
        file = register.open(id);
        history = register.history(id);
        activityList = activities.of(id);
    }

    public ClubFile getFile() {
        if (file == null) {
            load();
        }
        return file;
    }

    public List<AuditRecord> getHistory() {
        if (history == null) {
            load();
        }
        return history;
    }

    public String at(AuditRecord r) {
        return AT.format(r.at());
    }

    public List<ActivityCard> getActivities() {
        if (activityList == null) {
            activityList = activities.of(id);
        }
        return activityList;
    }

    /** The last twelve months of the club's activity, as a chart. */
    public String getChart() {
        ResourceBundle cl = ResourceBundle.getBundle("org.shegong.modules.clubs.messages", PageMessages.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return ActivityChart.of(ActivityMonths.of(getActivities(), register.today(), 12), cl.getString("clubs.activity.held"),
                cl.getString("clubs.activity.planned"), cl.getString("clubs.activity.attended"));
    }

    public ClubActivityKind[] getActivityKinds() {
        return ClubActivityKind.values();
    }

    public void planActivity() {
        if (PageMessages.attempt(ACTIVITIES, () -> activities.plan(id, activityKind, activityTitle, activityOn))) {
            activityTitle = null;
            activityOn = null;
            load();
        }
    }

    public void recordAttendance() {
        if (attendanceOf == null) {
            PageMessages.refusedBeside(ACTIVITIES, "clubs.refused.attendanceActivity");
            return;
        }
        if (PageMessages.attempt(ACTIVITIES, () -> activities.attend(id, attendanceOf, attendees == null ? List.of() : attendees))) {
            attendees = List.of();
            load();
        }
    }

    /** Whether 已举办 is offered on this activity: its day has come (the service's own rule). */
    public boolean dayHasCome(ActivityCard activity) {
        return activities.dayHasCome(activity);
    }

    public void activityDone(long activityId) {
        if (PageMessages.attempt(ACTIVITIES, () -> activities.done(id, activityId))) {
            load();
        }
    }

    /** The club's current members, to tick who attended. */
    public List<Membership> getCurrentMembers() {
        return getFile().members().stream().filter(Membership::isActive).toList();
    }

    public ClubActivityKind kindOf(ActivityCard a) {
        return ClubActivityKind.ofPlatformType(a.type());
    }

    public ClubActivityKind getActivityKind() {
        return activityKind;
    }

    public void setActivityKind(ClubActivityKind activityKind) {
        this.activityKind = activityKind;
    }

    public String getActivityTitle() {
        return activityTitle;
    }

    public void setActivityTitle(String activityTitle) {
        this.activityTitle = activityTitle;
    }

    public LocalDate getActivityOn() {
        return activityOn;
    }

    public void setActivityOn(LocalDate activityOn) {
        this.activityOn = activityOn;
    }

    public Long getAttendanceOf() {
        return attendanceOf;
    }

    public void setAttendanceOf(Long attendanceOf) {
        this.attendanceOf = attendanceOf;
    }

    public List<Long> getAttendees() {
        return attendees;
    }

    public void setAttendees(List<Long> attendees) {
        this.attendees = attendees;
    }

    public void searchMembers() {
        found = memberSearch == null || memberSearch.isBlank() ? List.of() : residents.search(memberSearch, 10);
    }

    public void join(long residentId) {
        if (PageMessages.attempt(() -> register.join(id, residentId, joinedOn == null ? register.today() : joinedOn))) {
            found = List.of();
            load();
        }
    }

    public void plan() {
        if (PageMessages.attempt(() -> path.plan(id, milestone))) {
            milestone = null;
            load();
        }
    }

    public void done(long milestoneId) {
        if (PageMessages.attempt(() -> path.done(id, milestoneId, register.today()))) {
            load();
        }
    }

    public void step() {
        long seen = getFile().club().getVersion();
        if (PageMessages.attempt(PATH, () -> path.step(id, seen, new IncubationPath.StepRequest(stepTo, filingNumber, creditCode, stepOn, reason)))) {
            stepTo = null;
            reason = null;
            stepOn = null;
            load();
        }
    }

    public void propose() {
        if (PageMessages.attempt(() -> charters.propose(id, charterText))) {
            charterText = null;
            load();
        }
    }

    public void approve(long charterId) {
        if (PageMessages.attempt(() -> charters.approve(id, charterId))) {
            load();
        }
    }

    public void compare() {
        if (left == null || right == null) {
            PageMessages.refused("clubs.refused.compareTwo");
            return;
        }
        PageMessages.attempt(() -> diff = charters.compare(id, left, right));
    }

    public ClubStage[] getStages() {
        return ClubStage.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getMemberSearch() {
        return memberSearch;
    }

    public void setMemberSearch(String memberSearch) {
        this.memberSearch = memberSearch;
    }

    public List<ResidentCard> getFound() {
        return found;
    }

    public LocalDate getJoinedOn() {
        return joinedOn;
    }

    public void setJoinedOn(LocalDate joinedOn) {
        this.joinedOn = joinedOn;
    }

    public String getMilestone() {
        return milestone;
    }

    public void setMilestone(String milestone) {
        this.milestone = milestone;
    }

    public ClubStage getStepTo() {
        return stepTo;
    }

    public void setStepTo(ClubStage stepTo) {
        this.stepTo = stepTo;
    }

    public String getFilingNumber() {
        return filingNumber;
    }

    public void setFilingNumber(String filingNumber) {
        this.filingNumber = filingNumber;
    }

    public String getCreditCode() {
        return creditCode;
    }

    public void setCreditCode(String creditCode) {
        this.creditCode = creditCode;
    }

    /**
     * The step's day as the form shows it: today at the stations until the worker picks the day it happened. The
     * picker has no maxdate: its own range check would answer a day to come in the converter's words, where the
     * domain says why (a step is not dated ahead, nor before the founding or the club's last step).
     */
    public LocalDate getStepOn() {
        return stepOn == null ? register.today() : stepOn;
    }

    public void setStepOn(LocalDate stepOn) {
        this.stepOn = stepOn;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getCharterText() {
        return charterText;
    }

    public void setCharterText(String charterText) {
        this.charterText = charterText;
    }

    public Long getLeft() {
        return left;
    }

    public void setLeft(Long left) {
        this.left = left;
    }

    public Long getRight() {
        return right;
    }

    public void setRight(Long right) {
        this.right = right;
    }

    public List<LineDiff.Row> getDiff() {
        return diff;
    }
}
