package org.shegong.platform.application.projects;

import org.shegong.platform.api.records.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.shegong.platform.api.records.ConcurrentChangeException;
import org.shegong.platform.api.records.RecordNotFoundException;
import org.shegong.platform.application.tenancy.TenantContext;
import org.shegong.platform.domain.model.activity.Activity;
import org.shegong.platform.domain.model.activity.ActivityRepository;
import org.shegong.platform.domain.model.contract.Contract;
import org.shegong.platform.domain.model.contract.ContractRepository;
import org.shegong.platform.domain.model.contract.Metric;
import org.shegong.platform.api.audit.AuditAction;
import org.shegong.platform.api.audit.Said;
import org.shegong.platform.api.audit.AuditRecord;
import org.shegong.platform.api.audit.AuditTrail;
import org.shegong.platform.application.audit.Changes;
import org.shegong.platform.domain.model.project.ChecklistItem;
import org.shegong.platform.domain.model.project.Project;
import org.shegong.platform.domain.model.project.ProjectQuery;
import org.shegong.platform.domain.model.project.ProjectRepository;
import org.shegong.platform.domain.model.project.ProjectStatus;
import org.shegong.platform.domain.model.station.Station;
import org.shegong.platform.domain.model.station.StationRepository;

/**
 * Projects under checklist management (清单化管理) at the current tenant's stations: start one,
 * write down the needs research and the plan, break it into checklist items, link each item to
 * the activities that do it and optionally to a contract target.
 *
 * <p>Every method takes the street codes of the stations the caller works in: a project, item or
 * activity outside them is not found (as another tenant's is), and nothing can be moved outside
 * them. Changes name the version the caller read; a stale one is refused with
 * {@link ConcurrentChangeException} and writes nothing. Projects are never deleted here: they are
 * closed or cancelled.
 */
@ApplicationScoped
@Transactional
public class ProjectRegistry {

    public static final String KIND = "项目 project";
    public static final String ITEM_KIND = "清单事项 checklist item";
    static final String ACTIVITY_KIND = "活动 activity";
    static final String TARGET_KIND = "合同指标 contract target";

    @Inject
    ProjectRepository projects;

    @Inject
    StationRepository stations;

    @Inject
    ActivityRepository activities;

    @Inject
    ContractRepository contracts;

    @Inject
    TenantContext tenantContext;

    @Inject
    AuditTrail audit;

    /** The record kind of projects in the audit trail; items and links are recorded on their project. */
    public static final String AUDIT_KIND = "project";

    public Project start(@NotNull @Valid ProjectDetails details, @NotNull Set<String> streetCodes) {
        Project project = new Project(details.name(), station(details.stationStreet(), streetCodes));
        project.describe(details.needs(), details.plan());
        project.schedule(details.startsOn(), details.endsOn());
        projects.store(project);
        flush(KIND, project.getId());
        audit.record(AUDIT_KIND, project.getId(), AuditAction.CREATED, Said.of("history.project.created", project.getName()));
        return project;
    }

    public Project update(long id, long readVersion, @NotNull @Valid ProjectDetails details, @NotNull Set<String> streetCodes) {
        Project project = require(id, streetCodes);
        if (!project.getStation().getStreet().getCode().equals(details.stationStreet())) {
            throw new Refusal("project.refused.stationFixed");
        }
        checkVersion(project.getVersion(), readVersion, KIND, id);
        project.rename(details.name());
        project.describe(details.needs(), details.plan());
        project.schedule(details.startsOn(), details.endsOn());
        flush(KIND, id);
        audit.record(AUDIT_KIND, id, AuditAction.CHANGED, Said.of("history.project.changed", project.getName()));
        return project;
    }

    /** Starts, closes (结项), cancels or reopens a project: the way a project ends, instead of deletion. */
    public Project changeStatus(long id, long readVersion, @NotNull ProjectStatus status, @NotNull Set<String> streetCodes) {
        Project project = require(id, streetCodes);
        checkVersion(project.getVersion(), readVersion, KIND, id);
        ProjectStatus before = project.getStatus();
        project.changeStatus(status);
        flush(KIND, id);
        audit.record(AUDIT_KIND, id, AuditAction.CHANGED, Said.of("history.changed", new Refusal.Label("history.field.project.status"),
                new Refusal.Label("label.ProjectStatus." + before), new Refusal.Label("label.ProjectStatus." + status)));
        return project;
    }

    /** A new checklist item at the end of the project's list. */
    public ChecklistItem addItem(long projectId, @NotNull @Valid ItemDetails details, @NotNull Set<String> streetCodes) {
        Project project = require(projectId, streetCodes);
        ChecklistItem item = project.addItem(details.title(), planned(details), details.note());
        target(item, details);
        flush(ITEM_KIND, projectId);
        audit.record(AUDIT_KIND, projectId, AuditAction.CHANGED, Said.of("history.project.itemAdded", item.getTitle()));
        return item;
    }

    public ChecklistItem updateItem(long itemId, long readVersion, @NotNull @Valid ItemDetails details,
                                    @NotNull Set<String> streetCodes) {
        ChecklistItem item = requireItem(itemId, streetCodes);
        item.getProject().requireOpen();
        checkVersion(item.getVersion(), readVersion, ITEM_KIND, itemId);
        item.describe(details.title(), planned(details), details.note());
        target(item, details);
        flush(ITEM_KIND, itemId);
        audit.record(AUDIT_KIND, item.getProject().getId(), AuditAction.CHANGED, Said.of("history.project.itemChanged", item.getTitle()));
        return item;
    }

    /** Links an activity of the project's station to the item; linking it again changes nothing. */
    public ChecklistItem link(long itemId, long activityId, @NotNull Set<String> streetCodes) {
        ChecklistItem item = requireItem(itemId, streetCodes);
        item.getProject().requireOpen();
        Activity activity = activities.find(activityId)
                .filter(a -> streetCodes.contains(a.getStation().getStreet().getCode()))
                .orElseThrow(() -> new RecordNotFoundException(ACTIVITY_KIND, activityId));
        item.link(activity);
        flush(ITEM_KIND, itemId);
        audit.record(AUDIT_KIND, item.getProject().getId(), AuditAction.CHANGED,
                Said.of("history.project.linked", item.getTitle(), activity.getTitle(), activity.getHeldOn()));
        return item;
    }

    public ChecklistItem unlink(long itemId, long activityId, @NotNull Set<String> streetCodes) {
        ChecklistItem item = requireItem(itemId, streetCodes);
        item.getProject().requireOpen();
        Optional<Activity> activity = activities.find(activityId);
        activity.ifPresent(item::unlink);
        flush(ITEM_KIND, itemId);
        audit.record(AUDIT_KIND, item.getProject().getId(), AuditAction.CHANGED,
                activity.map(a -> Said.of("history.project.unlinked", item.getTitle(), a.getTitle(), a.getHeldOn()))
                        .orElse(Said.of("history.project.unlinkedGone", item.getTitle())));
        return item;
    }

    /** Who did what to the project and its checklist, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditRecord> history(long id, Set<String> streetCodes) {
        require(id, streetCodes);
        return audit.historyOf(AUDIT_KIND, id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Project> findInStreets(long id, Set<String> streetCodes) {
        return projects.find(id).filter(p -> streetCodes.contains(p.getStation().getStreet().getCode()));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ChecklistItem> findItemInStreets(long id, Set<String> streetCodes) {
        return projects.findItem(id)
                .filter(i -> streetCodes.contains(i.getProject().getStation().getStreet().getCode()));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Project> search(ProjectSearch search, int first, int max) {
        return projects.search(query(search), first, max);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long count(ProjectSearch search) {
        return projects.count(query(search));
    }

    /** The activities of a project's station that its items may link, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Activity> linkableActivities(long projectId, Set<String> streetCodes, int max) {
        Project project = require(projectId, streetCodes);
        return activities.pageInStreets(Set.of(project.getStation().getStreet().getCode()), 0, max);
    }

    /** The targets of my contracts for the project's station: what its items may count toward. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TargetOption> targetOptions(long projectId, Set<String> streetCodes) {
        Project project = require(projectId, streetCodes);
        return contracts.heldBy(tenantContext.require()).stream()
                .filter(project::isAtStationOf)
                .sorted(Comparator.comparing(Contract::getStartsOn).reversed())
                .flatMap(c -> c.getTargets().stream()
                        .map(t -> new TargetOption(c.getId(), c.getNumber(), t.getMetric().code(), t.getPerYear())))
                .toList();
    }

    private ProjectQuery query(ProjectSearch s) {
        return new ProjectQuery(s.streetCodes(), s.text(), s.nameContains(), s.status(), s.sortBy(), s.ascending());
    }

    private static int planned(ItemDetails details) {
        if (details.planned() == null) {
            throw new Refusal("project.refused.plannedRequired");
        }
        return details.planned();
    }

    private void target(ChecklistItem item, ItemDetails details) {
        boolean hasContract = details.contractId() != null;
        boolean hasMetric = details.targetMetric() != null && !details.targetMetric().isBlank();
        if (hasContract != hasMetric) {
            throw new Refusal("project.refused.contractAndTarget");
        }
        if (!hasContract) {
            item.countToward(null, null);
            return;
        }
        // Only contracts the current operator holds: another operator's contract is simply not found.
        Contract contract = contracts.heldBy(tenantContext.require()).stream()
                .filter(c -> c.getId().equals(details.contractId()))
                .findFirst()
                .orElseThrow(() -> new RecordNotFoundException(TARGET_KIND, details.contractId()));
        Metric metric;
        try {
            metric = new Metric(details.targetMetric());
        } catch (IllegalArgumentException e) {
            throw new Refusal("project.refused.targetCode", details.targetMetric());
        }
        item.countToward(contract, metric);
    }

    private Station station(String streetCode, Set<String> streetCodes) {
        if (!streetCodes.contains(streetCode)) {
            throw new Refusal("project.refused.notYourStation", streetCode);
        }
        return stations.findByStreetCode(streetCode)
                .orElseThrow(() -> new Refusal("project.refused.noStation", streetCode));
    }

    private Project require(long id, Set<String> streetCodes) {
        return findInStreets(id, streetCodes).orElseThrow(() -> new RecordNotFoundException(KIND, id));
    }

    private ChecklistItem requireItem(long id, Set<String> streetCodes) {
        return findItemInStreets(id, streetCodes).orElseThrow(() -> new RecordNotFoundException(ITEM_KIND, id));
    }

    private static void checkVersion(long current, long read, String kind, long id) {
        if (current != read) {
            throw new ConcurrentChangeException(kind, id);
        }
    }

    private void flush(String kind, Long id) {
        Changes.flush(projects::flush, kind, id);
    }
}
