package org.shegong.modules.eldercare.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.shegong.modules.eldercare.application.CarePlanning;
import org.shegong.modules.eldercare.application.ElderRegister;
import org.shegong.modules.eldercare.application.HealthTracking;
import org.shegong.modules.eldercare.application.MyElders;
import org.shegong.modules.eldercare.application.PlanDetails;
import org.shegong.modules.eldercare.application.ProfileDetails;
import org.shegong.modules.eldercare.application.ResidentElder;
import org.shegong.modules.eldercare.application.VisitLog;
import org.shegong.modules.eldercare.domain.model.elder.BarthelItem;
import org.shegong.modules.eldercare.domain.model.elder.ElderProfile;
import org.shegong.modules.eldercare.domain.model.elder.LivingSituation;
import org.shegong.modules.eldercare.domain.model.health.FollowUpTask;
import org.shegong.modules.eldercare.domain.model.health.HealthMeasure;
import org.shegong.modules.eldercare.domain.model.health.HealthReading;
import org.shegong.modules.eldercare.domain.model.plan.CarePlan;
import org.shegong.modules.eldercare.domain.model.plan.PlannedService;
import org.shegong.modules.eldercare.domain.model.visit.HomeVisit;
import org.shegong.modules.eldercare.domain.model.visit.VisitKind;
import org.shegong.platform.api.directory.ResidentCard;
import org.shegong.platform.api.directory.StaffCard;
import org.shegong.platform.api.directory.StaffCards;
import org.shegong.platform.api.records.Reasons;
import org.shegong.platform.api.records.RecordNotFoundException;
import org.shegong.platform.api.web.PageMessages;

/**
 * One elder ({@code elder.xhtml?residentId=N}): the profile with its Barthel assessment, the care
 * plan and its earlier versions, visits, the readings as a chart, and the follow-ups to close.
 */
@Named
@ViewScoped
public class ElderPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ElderRegister register;

    @Inject
    transient CarePlanning planning;

    @Inject
    transient VisitLog visits;

    @Inject
    transient HealthTracking health;

    @Inject
    transient MyElders myElders;

    @Inject
    transient StaffCards staff;

    @Inject
    transient Clock clock;

    private Long residentId;
    private boolean profileFormOpen;
    private boolean planFormOpen;

    // profile form
    private LivingSituation livingSituation;
    private String chronicConditions;
    private String emergencyContacts;
    private String familyDoctor;
    private final Map<String, Integer> barthel = new HashMap<>();

    // plan form
    private LocalDate startsOn;
    private LocalDate reviewOn;
    private String needs;
    private String goals;
    private final Map<String, Integer> everyDays = new HashMap<>();
    private String responsibleWorker;

    // closing notes per follow-up id
    private final Map<Long, String> closingNotes = new HashMap<>();

    /**
     * The view action, after the platform's {@code shegong.recordId} converter read {@code ?residentId=}: a
     * resident that is unknown or not mine is "not found" (404) before anything is rendered, never an error
     * half-way through the page; so is an address without a resident (the page has no chooser), and one whose
     * {@code residentId} names no record at all never gets here (the converter answers the same 404).
     */
    public void load() {
        getResident();
    }

    public ResidentCard getResident() {
        if (residentId == null) {
            throw new RecordNotFoundException("服务对象 resident", "—");
        }
        return myElders.resident(residentId);
    }

    /** Read once per view: whether the profile's forms are offered, or why the age rule would refuse them. */
    private transient ResidentElder standing;

    /** Whether a profile is open or may be: for someone under 60, or without a birth date, the page says why instead. */
    public ResidentElder getStanding() {
        if (standing == null && residentId != null) {
            standing = register.onResident(residentId);
        }
        return standing;
    }

    /** Why no profile can be opened (the age rule's refusal) in the page's language. */
    public String getWhyNot() {
        return Reasons.text(getStanding().notAdmitted(), PageMessages.locale());
    }

    public Optional<ElderProfile> getProfile() {
        return residentId == null ? Optional.empty() : register.profileOf(residentId);
    }

    public Optional<CarePlan> getPlan() {
        return residentId == null ? Optional.empty() : planning.currentPlan(residentId);
    }

    public List<CarePlan> getEarlierPlans() {
        return residentId == null ? List.of()
                : planning.versions(residentId).stream().filter(p -> !p.isCurrent()).toList();
    }

    public List<HomeVisit> getVisits() {
        return residentId == null ? List.of() : visits.visitsOf(residentId);
    }

    public List<HealthReading> getReadings() {
        return residentId == null ? List.of() : health.readingsOf(residentId);
    }

    /** Why the follow-up is open, in the page's language (its rule and figures from the bundle). */
    public String reasonOf(FollowUpTask task) {
        return Messages.reasonOf(task);
    }

    /** "（2 次读数超标）": how many readings over the threshold the task gathered, said, not a bare number in brackets. */
    public String readingsOver(FollowUpTask task) {
        return Messages.text("elder.followUp.readingsOver", task.getReadingsOver());
    }

    public List<FollowUpTask> getFollowUps() {
        return residentId == null ? List.of() : health.followUpsOf(residentId);
    }

    /** Read once per view (the page names workers in every table row). */
    private transient List<StaffCard> workers;

    public List<StaffCard> getWorkers() {
        if (workers == null) {
            workers = staff.atStations(java.util.Set.of(getResident().streetCode())).stream()
                    .filter(s -> s.username() != null && !s.username().isBlank()).toList();
        }
        return workers;
    }

    /** "每 14 天" in the page's language. */
    public String everyDaysText(int days) {
        return Messages.text("elder.everyDays", days);
    }

    /** Chart.js configuration of the readings over time, one line per value (systolic, diastolic, …). */
    public String getChart() {
        Map<String, JsonArrayBuilder> series = new LinkedHashMap<>();
        DateTimeFormatter format = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
        for (HealthReading r : getReadings()) {
            String label = r.getMeasure() == HealthMeasure.BLOOD_PRESSURE ? Messages.text("chart.systolic") : Messages.text("measure." + r.getMeasure().name());
            series.computeIfAbsent(label, k -> Json.createArrayBuilder())
                    .add(Json.createObjectBuilder().add("x", r.getMeasuredAt().format(format)).add("y", r.getValue()));
            if (r.getSecondValue() != null) {
                series.computeIfAbsent(Messages.text("chart.diastolic"), k -> Json.createArrayBuilder())
                        .add(Json.createObjectBuilder().add("x", r.getMeasuredAt().format(format)).add("y", r.getSecondValue()));
            }
        }
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        series.forEach((label, points) -> datasets.add(Json.createObjectBuilder().add("label", label).add("data", points)));
        JsonObjectBuilder chart = Json.createObjectBuilder().add("type", "line")
                .add("data", Json.createObjectBuilder().add("datasets", datasets))
                .add("options", Json.createObjectBuilder().add("parsing", true)
                        .add("scales", Json.createObjectBuilder().add("x", Json.createObjectBuilder().add("type", "category"))));
        return chart.build().toString();
    }

    public void openProfileForm() {
        Optional<ElderProfile> profile = getProfile();
        livingSituation = profile.map(ElderProfile::getLivingSituation).orElse(LivingSituation.ALONE);
        chronicConditions = profile.map(ElderProfile::getChronicConditions).orElse(null);
        emergencyContacts = profile.map(ElderProfile::getEmergencyContacts).orElse(null);
        familyDoctor = profile.map(ElderProfile::getFamilyDoctor).orElse(null);
        barthel.clear();
        for (BarthelItem item : BarthelItem.values()) {
            barthel.put(item.name(), profile.map(p -> p.getBarthel().score(item)).orElse(item.maximum()));
        }
        profileFormOpen = true;
    }

    public void saveProfile() {
        Map<BarthelItem, Integer> scores = new EnumMap<>(BarthelItem.class);
        barthel.forEach((item, score) -> scores.put(BarthelItem.valueOf(item), score));
        if (Messages.attempt(() -> register.record(residentId, new ProfileDetails(livingSituation, chronicConditions,
                emergencyContacts, familyDoctor, scores, LocalDate.now(clock))))) {
            Messages.info(Messages.text("msg.profileSaved"));
            profileFormOpen = false;
        }
    }

    public void openPlanForm() {
        Optional<CarePlan> plan = getPlan();
        LocalDate today = LocalDate.now(clock);
        startsOn = today;
        reviewOn = plan.map(CarePlan::getReviewOn).filter(d -> d.isAfter(today)).orElse(today.plusMonths(6));
        needs = plan.map(CarePlan::getNeeds).orElse(null);
        goals = plan.map(CarePlan::getGoals).orElse(null);
        everyDays.clear();
        plan.ifPresent(p -> p.getServices().forEach(s -> everyDays.put(s.kind().name(), s.everyDays())));
        responsibleWorker = plan.map(CarePlan::getResponsibleWorker).orElse(null);
        planFormOpen = true;
    }

    public void savePlan() {
        List<PlannedService> services = new ArrayList<>();
        for (VisitKind kind : VisitKind.values()) {
            Integer days = everyDays.get(kind.name());
            if (days != null) {
                if (!Messages.attempt(() -> services.add(new PlannedService(kind, days)))) {
                    return;
                }
            }
        }
        CarePlan[] saved = new CarePlan[1];
        if (Messages.attempt(() -> saved[0] = planning.revise(residentId,
                new PlanDetails(startsOn, reviewOn, needs, goals, services, responsibleWorker)))) {
            Messages.info(Messages.text("msg.planSaved", saved[0].getPlanVersion()));
            planFormOpen = false;
        }
    }

    public void closeFollowUp(FollowUpTask task) {
        if (Messages.attempt(() -> health.close(task.getId(), closingNotes.get(task.getId())))) {
            Messages.info(Messages.text("msg.followUpClosed"));
            closingNotes.remove(task.getId());
        }
    }

    public void cancelForms() {
        profileFormOpen = false;
        planFormOpen = false;
    }

    public BarthelItem[] getBarthelItems() {
        return BarthelItem.values();
    }

    public LivingSituation[] getLivingSituations() {
        return LivingSituation.values();
    }

    public VisitKind[] getKinds() {
        return VisitKind.values();
    }

    public LocalDate getToday() {
        return LocalDate.now(clock);
    }

    public Long getResidentId() {
        return residentId;
    }

    public void setResidentId(Long residentId) {
        this.residentId = residentId;
    }

    public boolean isProfileFormOpen() {
        return profileFormOpen;
    }

    public boolean isPlanFormOpen() {
        return planFormOpen;
    }

    public LivingSituation getLivingSituation() {
        return livingSituation;
    }

    public void setLivingSituation(LivingSituation livingSituation) {
        this.livingSituation = livingSituation;
    }

    public String getChronicConditions() {
        return chronicConditions;
    }

    public void setChronicConditions(String chronicConditions) {
        this.chronicConditions = chronicConditions;
    }

    public String getEmergencyContacts() {
        return emergencyContacts;
    }

    public void setEmergencyContacts(String emergencyContacts) {
        this.emergencyContacts = emergencyContacts;
    }

    public String getFamilyDoctor() {
        return familyDoctor;
    }

    public void setFamilyDoctor(String familyDoctor) {
        this.familyDoctor = familyDoctor;
    }

    public Map<String, Integer> getBarthel() {
        return barthel;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getReviewOn() {
        return reviewOn;
    }

    public void setReviewOn(LocalDate reviewOn) {
        this.reviewOn = reviewOn;
    }

    public String getNeeds() {
        return needs;
    }

    public void setNeeds(String needs) {
        this.needs = needs;
    }

    public String getGoals() {
        return goals;
    }

    public void setGoals(String goals) {
        this.goals = goals;
    }

    public Map<String, Integer> getEveryDays() {
        return everyDays;
    }

    public String getResponsibleWorker() {
        return responsibleWorker;
    }

    public void setResponsibleWorker(String responsibleWorker) {
        this.responsibleWorker = responsibleWorker;
    }

    public Map<Long, String> getClosingNotes() {
        return closingNotes;
    }
}
