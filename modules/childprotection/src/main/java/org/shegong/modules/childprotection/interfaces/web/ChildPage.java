package org.shegong.modules.childprotection.interfaces.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import org.shegong.modules.childprotection.application.CaseWork;
import org.shegong.modules.childprotection.application.ChildFile;
import org.shegong.modules.childprotection.application.ChildReferrals;
import org.shegong.modules.childprotection.application.ChildRegister;
import org.shegong.modules.childprotection.application.LearningPlans;
import org.shegong.modules.childprotection.application.PurposeRequired;
import org.shegong.modules.childprotection.application.ReadPurpose;
import org.shegong.modules.childprotection.domain.model.casework.CaseSource;
import org.shegong.modules.childprotection.domain.model.casework.CaseStage;
import org.shegong.modules.childprotection.domain.model.casework.ChildCase;
import org.shegong.modules.childprotection.domain.model.casework.NeedDomain;
import org.shegong.modules.childprotection.domain.model.casework.RiskLevel;
import org.shegong.modules.childprotection.domain.model.child.Child;
import org.shegong.modules.childprotection.domain.model.child.ChildCategory;
import org.shegong.modules.childprotection.domain.model.child.ConsentScope;
import org.shegong.modules.childprotection.domain.model.child.Guardian;
import org.shegong.modules.childprotection.domain.model.child.UnattendedReason;
import org.shegong.modules.childprotection.domain.model.referral.ChildReferral;
import org.shegong.modules.childprotection.domain.model.referral.PartnerKind;
import org.shegong.modules.childprotection.domain.model.referral.ReferralStatus;
import org.shegong.modules.childprotection.domain.model.tutoring.LearningPlan;
import org.shegong.platform.api.directory.StaffCard;
import org.shegong.platform.api.records.RecordNotFoundException;
import org.shegong.platform.api.web.PageMessages;

/**
 * The child page (儿童档案) with its tabs: loaded once by {@code f:viewAction} through {@link ChildFile}, which
 * records the opening with its purpose; a child the person may not see is "not found" (404), and
 * someone not assigned first chooses why they open it. The forms hand what was typed to the services and read
 * the file again (not a new opening); a refusal is a message with its reason and keeps what was typed. The
 * page stays on the tab whose form was sent ({@code tab}, also a view parameter): the forms sit inside the
 * tabs, so the tab view's own state is not sent with them.
 */
@Named
@ViewScoped
public class ChildPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String BUNDLE = "org.shegong.modules.childprotection.messages";

    @Inject
    transient ChildFile file;

    @Inject
    transient ChildRegister register;

    @Inject
    transient CaseWork caseWork;

    @Inject
    transient LearningPlans learningPlans;

    @Inject
    transient ChildReferrals referrals;

    @Inject
    transient Clock clock;

    /** The tabs in their order on the page: the index {@code p:tabView} shows. */
    static final int RECORD_TAB = 0;
    static final int GUARDIANS_TAB = 1;
    static final int CONSENT_TAB = 2;
    static final int CASE_TAB = 3;
    static final int PLAN_TAB = 4;
    static final int REFERRALS_TAB = 6;
    private static final int LAST_TAB = 7;

    private Long id;
    private int tab;
    private ReadPurpose purpose;
    private boolean purposeNeeded;
    /** Whether the opening went through (and was recorded): a view lost with the bean's state is read again, not opened again. */
    private boolean opened;
    private transient ChildFile.View view;
    private transient List<StaffCard> tutors;

    private final ChildRecordForm record = new ChildRecordForm();
    private final GuardianForm guardian = new GuardianForm();
    private final ConsentForm consent = new ConsentForm();
    private final PlanForm plan = new PlanForm();
    private final StepForm step = new StepForm();
    private final ReferralForm referral = new ReferralForm();

    /**
     * Opens the child the address names ({@code ?id=}, read by the platform's {@code shegong.recordId} converter):
     * recorded as a read; not assigned asks for a purpose. A child unknown or not mine to see (another station's,
     * another operator's) leaves the view action as {@link RecordNotFoundException}, and an id that names no child
     * at all (empty, not a number) never reaches it: the converter answers the same. Either is the platform's 404
     * page, as every record page answers, with nothing of the child. No id at all: the page points to the
     * children's list.
     */
    public void load() {
        view = null;
        purposeNeeded = false;
        if (id == null) {
            return;
        }
        try {
            view = file.open(id, purpose);
            opened = true;
            fillForms();
        } catch (PurposeRequired e) {
            purposeNeeded = true;
        }
    }

    private void reread() {
        view = file.reread(id);
    }

    private void fillForms() {
        Child c = view.child();
        record.fill(c);
        if (consent.givenOn == null) {
            // Consent is usually recorded the day the guardian signs it.
            consent.givenOn = LocalDate.now(clock);
        }
        if (referral.dueBy == null) {
            referral.dueBy = referrals.defaultDueBy();
        }
        LearningPlan p = view.learningPlan();
        if (p != null) {
            plan.fill(p);
        }
    }

    public void saveRecord() {
        tab = RECORD_TAB;
        if (PageMessages.attempt(() -> register.record(id, record.details(getChild().getGuardians())))) {
            done("cp.saved");
        }
    }

    public void addGuardian() {
        tab = GUARDIANS_TAB;
        if (PageMessages.attempt(() -> {
            List<Guardian> all = new ArrayList<>(getChild().getGuardians());
            all.add(guardian.guardian());
            register.record(id, record.detailsAsStored(getChild(), all));
        })) {
            guardian.clear();
            done("cp.saved");
        }
    }

    public void giveConsent() {
        tab = CONSENT_TAB;
        if (PageMessages.attempt(() -> register.consent(id, consent.guardian, consent.givenOn,
                consent.scopes == null || consent.scopes.length == 0 ? EnumSet.noneOf(ConsentScope.class)
                        : EnumSet.copyOf(Arrays.asList(consent.scopes))))) {
            done("cp.consent.recorded");
        }
    }

    public void withdrawConsent() {
        tab = CONSENT_TAB;
        if (PageMessages.attempt(() -> register.withdrawConsent(id, consent.withdrawalReason == null ? "" : consent.withdrawalReason))) {
            consent.withdrawalReason = null;
            done("cp.consent.withdrawnDone");
        }
    }

    public void savePlan() {
        tab = PLAN_TAB;
        if (PageMessages.attempt(() -> learningPlans.plan(id, plan.subjectList(), plan.goals, plan.tutorStaffId, plan.volunteerName))) {
            done("cp.saved");
        }
    }

    /** 接案: the child's first (or next) case. */
    public void intake() {
        tab = CASE_TAB;
        if (PageMessages.attempt(() -> caseWork.intake(id, step.source, step.risk, step.note))) {
            // Saved with the intake: what was typed is not offered again to the next step.
            step.clear();
            done("cp.step.done");
        }
    }

    /** The next step of the current case: which one is the case's stage; the services check who may take it. */
    public void takeStep(String which) {
        tab = CASE_TAB;
        long caseId = getCurrentCase().getId();
        if (PageMessages.attempt(() -> {
            switch (which) {
                case "assess" -> caseWork.assess(caseId, step.risk, step.note,
                        step.needs == null || step.needs.length == 0 ? EnumSet.noneOf(NeedDomain.class) : EnumSet.copyOf(Arrays.asList(step.needs)));
                case "plan" -> caseWork.submitPlan(caseId, step.goals, step.actions, step.reviewEveryDays);
                case "approvePlan" -> caseWork.decidePlan(caseId, true, step.note);
                case "refusePlan" -> caseWork.decidePlan(caseId, false, step.note);
                case "review" -> caseWork.review(caseId, step.note);
                case "close" -> caseWork.requestClosure(caseId, step.note);
                case "approveClosure" -> caseWork.decideClosure(caseId, true, step.note);
                case "refuseClosure" -> caseWork.decideClosure(caseId, false, step.note);
                case "reopen" -> caseWork.reopen(caseId, step.note);
                default -> throw new IllegalArgumentException(which);
            }
        })) {
            step.clear();
            done("cp.step.done");
        }
    }

    /** 转介: a referral of the current case; the service refuses it without the consent sharing needs. */
    public void refer() {
        tab = REFERRALS_TAB;
        long caseId = getCurrentCase().getId();
        if (PageMessages.attempt(() -> referrals.referDueBy(caseId, referral.kind, referral.partnerName, referral.reason, referral.dueBy))) {
            referral.clear();
            done("cp.referral.made");
        }
    }

    /** The partner's answer to one referral of the list: accepted, done (outcome) or refused (reason), typed on its row. */
    public void answerReferral(long referralId, ReferralStatus status) {
        tab = REFERRALS_TAB;
        if (PageMessages.attempt(() -> referrals.answer(referralId, status, referral.answers.get(referralId)))) {
            referral.answers.remove(referralId);
            done("cp.referral.answered");
        }
    }

    public boolean isOverdue(ChildReferral r) {
        return r.isOverdue(LocalDate.now(clock));
    }

    private void done(String key) {
        reread();
        fillForms();
        PageMessages.info(text(key));
    }

    private static String text(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return ResourceBundle.getBundle(BUNDLE, faces.getViewRoot().getLocale()).getString(key);
    }

    /** The stage the case is at, or null without a case: what the case tab offers next. */
    public CaseStage getStage() {
        return getCurrentCase() == null ? null : view.currentCase().getStage();
    }

    public List<StaffCard> getTutors() {
        if (tutors == null) {
            tutors = getView() == null ? List.of() : learningPlans.tutorsFor(id);
        }
        return tutors;
    }

    public ChildFile.View getView() {
        if (view == null && opened) {
            reread();
        }
        return view;
    }

    public Child getChild() {
        return getView() == null ? null : view.child();
    }

    public ChildCase getCurrentCase() {
        return getView() == null ? null : view.currentCase();
    }

    public boolean isPurposeNeeded() {
        return purposeNeeded;
    }

    public List<ReadPurpose> getPurposes() {
        return ReadPurpose.chosen();
    }

    public PartnerKind[] getPartnerKinds() {
        return PartnerKind.values();
    }

    public ChildCategory[] getCategories() {
        return ChildCategory.values();
    }

    public UnattendedReason[] getUnattendedReasons() {
        return UnattendedReason.values();
    }

    public ConsentScope[] getScopes() {
        return ConsentScope.values();
    }

    public CaseSource[] getSources() {
        return CaseSource.values();
    }

    public RiskLevel[] getRisks() {
        return RiskLevel.values();
    }

    public NeedDomain[] getNeedDomains() {
        return NeedDomain.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Integer getTab() {
        return tab;
    }

    /** A tab asked for by the address ({@code ?tab=}, none when it names no tab) or kept by a form; anything else is the first. */
    public void setTab(Integer tab) {
        this.tab = tab == null || tab < 0 || tab > LAST_TAB ? RECORD_TAB : tab;
    }

    public ReferralForm getReferral() {
        return referral;
    }

    public ReadPurpose getPurpose() {
        return purpose;
    }

    /**
     * Why the person opens the file, from the address ({@code ?purpose=}); none when it names no purpose the product
     * knows. Whether the person may give it, {@code ChildFile.open} decides (and records the read with it).
     */
    public void setPurpose(ReadPurpose purpose) {
        this.purpose = purpose;
    }

    public ChildRecordForm getRecord() {
        return record;
    }

    public GuardianForm getGuardian() {
        return guardian;
    }

    public ConsentForm getConsent() {
        return consent;
    }

    public PlanForm getPlan() {
        return plan;
    }

    public StepForm getStep() {
        return step;
    }

    /** Consent to give (who, when, for what) or to withdraw (why). */
    public static class ConsentForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private String guardian;
        private LocalDate givenOn;
        private ConsentScope[] scopes;
        private String withdrawalReason;

        public String getGuardian() { return guardian; }
        public void setGuardian(String v) { guardian = v; }
        public LocalDate getGivenOn() { return givenOn; }
        public void setGivenOn(LocalDate v) { givenOn = v; }
        public ConsentScope[] getScopes() { return scopes; }
        public void setScopes(ConsentScope[] v) { scopes = v; }
        public String getWithdrawalReason() { return withdrawalReason; }
        public void setWithdrawalReason(String v) { withdrawalReason = v; }
    }

    /** The learning plan as typed: subjects separated by 、 or commas, goals, a staff tutor or a volunteer's name. */
    public static class PlanForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private String subjects;
        private String goals;
        private Long tutorStaffId;
        private String volunteerName;

        void fill(LearningPlan p) {
            subjects = p.getSubjectLine();
            goals = p.getGoals();
            tutorStaffId = p.getTutor().staffId();
            volunteerName = p.getTutor().staffId() == null ? p.getTutor().name() : null;
        }

        List<String> subjectList() {
            return subjects == null ? List.of() : Arrays.asList(subjects.split("[、,，;；\\s]+"));
        }

        public String getSubjects() { return subjects; }
        public void setSubjects(String v) { subjects = v; }
        public String getGoals() { return goals; }
        public void setGoals(String v) { goals = v; }
        public Long getTutorStaffId() { return tutorStaffId; }
        public void setTutorStaffId(Long v) { tutorStaffId = v; }
        public String getVolunteerName() { return volunteerName; }
        public void setVolunteerName(String v) { volunteerName = v; }
    }

    /** A referral to make (partner, reason, due day) and the answers typed on the list's rows, by referral id. */
    public static class ReferralForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private PartnerKind kind;
        private String partnerName;
        private String reason;
        private LocalDate dueBy;
        private final Map<Long, String> answers = new HashMap<>();

        void clear() {
            kind = null;
            partnerName = null;
            reason = null;
            dueBy = null;
        }

        public PartnerKind getKind() { return kind; }
        public void setKind(PartnerKind v) { kind = v; }
        public String getPartnerName() { return partnerName; }
        public void setPartnerName(String v) { partnerName = v; }
        public String getReason() { return reason; }
        public void setReason(String v) { reason = v; }
        public LocalDate getDueBy() { return dueBy; }
        public void setDueBy(LocalDate v) { dueBy = v; }
        public Map<Long, String> getAnswers() { return answers; }
    }

    /** The next step of a case: intake, assessment, plan, decision, review, closure, reopening. */
    public static class StepForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private CaseSource source;
        private RiskLevel risk;
        private NeedDomain[] needs;
        private String note;
        private String goals;
        private String actions;
        private Integer reviewEveryDays;

        void clear() {
            source = null;
            risk = null;
            needs = null;
            note = null;
            goals = null;
            actions = null;
            reviewEveryDays = null;
        }

        public CaseSource getSource() { return source; }
        public void setSource(CaseSource v) { source = v; }
        public RiskLevel getRisk() { return risk; }
        public void setRisk(RiskLevel v) { risk = v; }
        public NeedDomain[] getNeeds() { return needs; }
        public void setNeeds(NeedDomain[] v) { needs = v; }
        public String getNote() { return note; }
        public void setNote(String v) { note = v; }
        public String getGoals() { return goals; }
        public void setGoals(String v) { goals = v; }
        public String getActions() { return actions; }
        public void setActions(String v) { actions = v; }
        public Integer getReviewEveryDays() { return reviewEveryDays; }
        public void setReviewEveryDays(Integer v) { reviewEveryDays = v; }
    }
}
