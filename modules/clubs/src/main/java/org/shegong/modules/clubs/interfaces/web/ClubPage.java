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
import org.shegong.modules.clubs.application.CharterBook;
import org.shegong.modules.clubs.application.ClubFile;
import org.shegong.modules.clubs.application.ClubRegister;
import org.shegong.modules.clubs.application.IncubationPath;
import org.shegong.modules.clubs.domain.model.charter.LineDiff;
import org.shegong.modules.clubs.domain.model.club.ClubStage;
import org.shegong.platform.api.audit.AuditRecord;
import org.shegong.platform.api.directory.ResidentCard;
import org.shegong.platform.api.directory.ResidentCards;

/**
 * One club ({@code club.xhtml?id=N}): what describes it, members, the incubation plan and path with
 * the step form, charter versions with approval and a side-by-side comparison, the teams merged
 * into it, its history and members joining over time. Loaded once in the view action (404 when the
 * club is not mine); every action goes through one service and reloads.
 */
@Named
@ViewScoped
public class ClubPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    @Inject
    transient ClubRegister register;

    @Inject
    transient IncubationPath path;

    @Inject
    transient CharterBook charters;

    @Inject
    transient ResidentCards residents;

    private long id;
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

    public void load() {
        file = register.open(id);
        history = register.history(id);
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

    public String getChart() {
        return MembersChart.of(getFile().members());
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
        if (PageMessages.attempt(() -> path.step(id, seen, new IncubationPath.StepRequest(stepTo, filingNumber, creditCode, stepOn, reason)))) {
            stepTo = null;
            reason = null;
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
            PageMessages.error("请选择两个版本 / choose two versions");
            return;
        }
        PageMessages.attempt(() -> diff = charters.compare(id, left, right));
    }

    public ClubStage[] getStages() {
        return ClubStage.values();
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
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

    public LocalDate getStepOn() {
        return stepOn;
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
