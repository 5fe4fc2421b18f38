package org.shegong.modules.eldercare.domain.model.plan;

import org.shegong.platform.api.records.Refusal;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.shegong.modules.eldercare.domain.model.visit.VisitKind;
import org.shegong.modules.eldercare.domain.model.ElderRecord;

/**
 * One version of an elder's care plan (个性化服务方案): needs found, goals, services with their
 * frequency, the responsible social worker and the review date.
 *
 * <p>Invariants: a version is never changed once superseded; a revision is a new version with the
 * next number, and exactly one version per elder is current. Each kind of service appears once.
 */
@Entity
@Table(name = "elder_care_plan")
public class CarePlan extends ElderRecord {

    @Column(name = "resident_name", nullable = false, length = 50)
    private String residentName;

    @Column(name = "plan_version", nullable = false, updatable = false)
    private int planVersion;

    @Column(name = "is_current", nullable = false)
    private boolean currentVersion;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "review_on", nullable = false)
    private LocalDate reviewOn;

    @Column(name = "needs", nullable = false, length = 2000)
    private String needs;

    @Column(name = "goals", nullable = false, length = 2000)
    private String goals;

    @Convert(converter = PlannedServicesConverter.class)
    @Column(name = "services", nullable = false, length = 500)
    private List<PlannedService> services = new ArrayList<>();

    @Column(name = "responsible_worker", nullable = false, length = 100)
    private String responsibleWorker;

    @Column(name = "superseded_on")
    private LocalDate supersededOn;

    protected CarePlan() {
    }

    public CarePlan(long residentId, String streetCode, String residentName, int planVersion, LocalDate startsOn,
                    LocalDate reviewOn, String needs, String goals, List<PlannedService> services,
                    String responsibleWorker) {
        super(residentId, streetCode);
        if (startsOn == null || reviewOn == null) {
            throw new Refusal("eldercare.refused.planDates");
        }
        if (!reviewOn.isAfter(startsOn)) {
            throw new Refusal("eldercare.refused.reviewBeforeStart");
        }
        if (needs == null || needs.isBlank()) {
            throw new Refusal("eldercare.refused.planNeeds");
        }
        if (goals == null || goals.isBlank()) {
            throw new Refusal("eldercare.refused.planGoals");
        }
        if (services == null || services.isEmpty()) {
            throw new Refusal("eldercare.refused.planServices");
        }
        Set<VisitKind> kinds = EnumSet.noneOf(VisitKind.class);
        for (PlannedService s : services) {
            if (!kinds.add(s.kind())) {
                throw new Refusal("eldercare.refused.serviceTwice", new Refusal.Label("visitKind." + s.kind().name()));
            }
        }
        if (responsibleWorker == null || responsibleWorker.isBlank()) {
            throw new Refusal("eldercare.refused.planWorker");
        }
        if (needs.strip().length() > 2000 || goals.strip().length() > 2000) {
            throw new Refusal("eldercare.refused.planTooLong");
        }
        this.residentName = Objects.requireNonNull(residentName);
        this.planVersion = planVersion;
        this.currentVersion = true;
        this.startsOn = startsOn;
        this.reviewOn = reviewOn;
        this.needs = needs.strip();
        this.goals = goals.strip();
        this.services = new ArrayList<>(services);
        this.responsibleWorker = responsibleWorker.strip();
    }

    /** Keeps this version as history once a revision replaces it. */
    public void supersede(LocalDate on) {
        currentVersion = false;
        supersededOn = on;
    }



    public String getResidentName() {
        return residentName;
    }

    public int getPlanVersion() {
        return planVersion;
    }

    public boolean isCurrent() {
        return currentVersion;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getReviewOn() {
        return reviewOn;
    }

    public String getNeeds() {
        return needs;
    }

    public String getGoals() {
        return goals;
    }

    public List<PlannedService> getServices() {
        return List.copyOf(services);
    }

    public String getResponsibleWorker() {
        return responsibleWorker;
    }

    public LocalDate getSupersededOn() {
        return supersededOn;
    }
}
