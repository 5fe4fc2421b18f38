package org.shegong.platform.domain.model.project;

import org.shegong.platform.api.records.Refusal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.shegong.platform.api.persistence.TenantOwnedEntity;
import org.shegong.platform.domain.model.activity.Activity;
import org.shegong.platform.domain.model.activity.ActivityStatus;
import org.shegong.platform.domain.model.contract.Contract;
import org.shegong.platform.domain.model.contract.Metric;

/**
 * One line of a project's checklist (清单): what is to be done, how many times, through which
 * activities, and optionally which contract target (指标) it counts toward.
 *
 * <p>Completion is the item's linked <em>done</em> activities against its planned number, not a
 * hand-ticked flag: the checklist then cannot say more was done than the activity records show,
 * it moves the moment an activity is marked done (exactly as contract targets count done activities
 * only), and planned or cancelled activities never count.
 *
 * <p>Invariants: a title; at least one planned time; linked activities are of the project's
 * station; a contract target, when set, is one the contract really has, for the project's station.
 */
@Entity
@Table(name = "project_item")
public class ChecklistItem extends TenantOwnedEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "project_id", nullable = false, updatable = false)
    private Project project;

    @Column(name = "sort_order", nullable = false)
    private int position;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false)
    private int planned;

    @Column(length = 500)
    private String note;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "contract_id")
    private Contract contract;

    @Column(name = "target_metric", length = 64)
    private String targetMetric;

    @ManyToMany
    @JoinTable(name = "project_item_activity",
            joinColumns = @JoinColumn(name = "item_id"),
            inverseJoinColumns = @JoinColumn(name = "activity_id"))
    private Set<Activity> activities = new LinkedHashSet<>();

    protected ChecklistItem() {
    }

    ChecklistItem(Project project, int position, String title, int planned, String note) {
        this.project = Objects.requireNonNull(project, "project");
        this.position = position;
        describe(title, planned, note);
    }

    public void describe(String title, int planned, String note) {
        if (title == null || title.isBlank()) {
            throw new Refusal("project.refused.itemTitle");
        }
        if (planned < 1) {
            throw new Refusal("project.refused.plannedMin");
        }
        this.title = title.strip();
        this.planned = planned;
        this.note = note == null || note.isBlank() ? null : note.strip();
    }

    /** Counts the item toward a contract target, or toward none when {@code contract} is null. */
    public void countToward(Contract contract, Metric metric) {
        if (contract == null) {
            this.contract = null;
            this.targetMetric = null;
            return;
        }
        Objects.requireNonNull(metric, "metric");
        if (!project.isAtStationOf(contract)) {
            throw new Refusal("project.refused.contractStation");
        }
        if (contract.targetFor(metric).isEmpty()) {
            throw new Refusal("project.refused.noSuchTarget", contract.getNumber(), metric.code());
        }
        this.contract = contract;
        this.targetMetric = metric.code();
    }

    public void link(Activity activity) {
        Objects.requireNonNull(activity, "activity");
        if (!project.sameStation(activity.getStation())) {
            throw new Refusal("project.refused.activityStation");
        }
        activities.add(activity);
    }

    public void unlink(Activity activity) {
        activities.remove(activity);
    }

    public Completion completion() {
        int done = (int) activities.stream().filter(a -> a.getStatus() == ActivityStatus.DONE).count();
        return new Completion(done, planned);
    }

    public Project getProject() {
        return project;
    }

    public int getPosition() {
        return position;
    }

    public String getTitle() {
        return title;
    }

    public int getPlanned() {
        return planned;
    }

    public String getNote() {
        return note;
    }

    public Contract getContract() {
        return contract;
    }

    public Optional<Metric> getTargetMetric() {
        return Optional.ofNullable(targetMetric).map(Metric::new);
    }

    public Set<Activity> getActivities() {
        return Collections.unmodifiableSet(activities);
    }
}
