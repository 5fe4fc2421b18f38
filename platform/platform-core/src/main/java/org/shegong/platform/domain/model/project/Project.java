package org.shegong.platform.domain.model.project;

import org.shegong.platform.api.records.Refusal;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.shegong.platform.api.persistence.TenantOwnedEntity;
import org.shegong.platform.domain.model.contract.Contract;
import org.shegong.platform.domain.model.station.Station;

/**
 * A project under checklist management (清单化管理) at one station: the needs researched in the
 * community (需求调研), the plan written from them, and the checklist items (清单) that break the
 * plan down. Completion is the activities done over the activities planned across all items, each
 * item counting at most its planned number (see {@link #completion()}).
 *
 * <p>Invariants: a project has a name and a station, and its station never changes (its items link
 * that station's activities and contract targets); it ends on or after it starts; only an open
 * project ({@link ProjectStatus#isOpen()}) takes new or changed checklist items.
 */
@Entity
@Table(name = "project")
public class Project extends TenantOwnedEntity {

    @Column(nullable = false, length = 100)
    private String name;

    @ManyToOne(optional = false)
    @JoinColumn(name = "station_id", nullable = false, updatable = false)
    private Station station;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ProjectStatus status = ProjectStatus.PLANNING;

    @Column(name = "needs")
    private String needs;

    @Column(name = "plan_text")
    private String plan;

    @Column(name = "starts_on")
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    @OneToMany(mappedBy = "project", cascade = CascadeType.PERSIST)
    @OrderBy("position ASC, id ASC")
    private List<ChecklistItem> items = new ArrayList<>();

    protected Project() {
    }

    public Project(String name, Station station) {
        this.station = Objects.requireNonNull(station, "station");
        rename(name);
    }

    public void rename(String name) {
        if (name == null || name.isBlank()) {
            throw new Refusal("project.refused.nameRequired");
        }
        this.name = name.strip();
    }

    /** The needs research notes and the plan; either may still be empty while researching. */
    public void describe(String needs, String plan) {
        this.needs = blankToNull(needs);
        this.plan = blankToNull(plan);
    }

    public void schedule(LocalDate startsOn, LocalDate endsOn) {
        if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
            throw new Refusal("project.refused.endsBeforeStart");
        }
        this.startsOn = startsOn;
        this.endsOn = endsOn;
    }

    public void changeStatus(ProjectStatus status) {
        this.status = Objects.requireNonNull(status, "status");
    }

    /** A new checklist item at the end of the list. */
    public ChecklistItem addItem(String title, int planned, String note) {
        requireOpen();
        int position = items.stream().mapToInt(ChecklistItem::getPosition).max().orElse(0) + 1;
        ChecklistItem item = new ChecklistItem(this, position, title, planned, note);
        items.add(item);
        return item;
    }

    /** Refuses checklist changes on a closed or cancelled project. */
    public void requireOpen() {
        if (!status.isOpen()) {
            Refusal reason = new Refusal("project.refused.closed");
            throw new IllegalStateException(reason.getMessage(), reason);
        }
    }

    /** Whether a contract is for this project's station (the only contracts its items may count toward). */
    public boolean isAtStationOf(Contract contract) {
        return sameStation(contract.getStation());
    }

    /** The same station row (by id once stored; by identity before, as in unit tests). */
    boolean sameStation(Station other) {
        return station.isSame(other);
    }

    /** Complete items out of all items. */
    /**
     * The project's one completion figure, shown alike on the projects list and the project page:
     * done activities over planned ones, summed over the items, each item capped at its plan. A
     * share of complete items read 0 % while every item was a third done; an overshooting item
     * must not make up for another one behind.
     */
    public Completion completion() {
        int done = 0;
        int planned = 0;
        for (ChecklistItem item : items) {
            Completion c = item.completion();
            done += Math.min(c.done(), c.of());
            planned += c.of();
        }
        return new Completion(done, planned);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public String getName() {
        return name;
    }

    public Station getStation() {
        return station;
    }

    public ProjectStatus getStatus() {
        return status;
    }

    public String getNeeds() {
        return needs;
    }

    public String getPlan() {
        return plan;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public List<ChecklistItem> getItems() {
        return Collections.unmodifiableList(items);
    }
}
