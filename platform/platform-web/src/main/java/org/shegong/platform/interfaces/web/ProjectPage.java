package org.shegong.platform.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.shegong.platform.api.records.ConcurrentChangeException;
import org.shegong.platform.api.records.RecordNotFoundException;
import org.shegong.platform.application.identity.CurrentIdentity;
import org.shegong.platform.application.identity.MyStations;
import org.shegong.platform.application.projects.ItemDetails;
import org.shegong.platform.application.projects.ProjectRegistry;
import org.shegong.platform.application.projects.TargetOption;
import org.shegong.platform.domain.model.activity.Activity;
import org.shegong.platform.domain.model.project.ChecklistItem;
import org.shegong.platform.domain.model.project.Project;
import org.shegong.platform.domain.model.project.ProjectStatus;
import org.shegong.platform.interfaces.web.ProjectsPage.ProjectForm;

/**
 * One project (station/project.xhtml?id=…): its needs research notes and plan, its status (start,
 * close, cancel, reopen — never delete), and its checklist: items with their planned number, linked
 * activities, contract target and completion. Every change names the version the person opened;
 * one that lost a race is told so plainly and keeps what the person typed.
 */
@Named
@ViewScoped
public class ProjectPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int LINKABLE = 200;

    @Inject
    transient ProjectRegistry registry;

    @Inject
    transient MyStations myStations;

    @Inject
    transient CurrentIdentity currentIdentity;

    @Inject
    transient MetricLabels metricLabels;

    private Long id;
    private long version;
    private final ProjectForm form = new ProjectForm();

    // the item form: a new item when editingItemId is null
    private boolean itemFormOpen;
    private Long editingItemId;
    private long editingItemVersion;
    private final ItemForm itemForm = new ItemForm();

    // linking activities to one item
    private Long linkingItemId;
    private Long activityToLink;

    /** The project as read in the current request (entities never outlive their request here). */
    private transient Project project;
    private transient List<org.shegong.platform.api.audit.AuditRecord> history;
    private transient Object readInRequest;

    /**
     * The view action: reads the project the address names ({@code ?id=}, read by the {@code shegong.recordId}
     * converter). One that is unknown, another operator's or outside my stations — and an id that names no record
     * at all — leaves it as {@link RecordNotFoundException}: the portal's 404 page, as every record page answers.
     * No id: the page offers the projects list.
     */
    public void load() {
        project = null;
        if (id == null) {
            return;
        }
        Project found = project();
        if (found == null) {
            throw new RecordNotFoundException(ProjectRegistry.KIND, id);
        }
        version = found.getVersion();
        form.fill(found);
    }

    public Project getProject() {
        Object request = jakarta.faces.context.FacesContext.getCurrentInstance();
        if (readInRequest != request) {
            project = null;
            readInRequest = request;
        }
        if (project == null && id != null) {
            project = registry.findInStreets(id, streets()).orElse(null);
        }
        return project;
    }

    private Project project() {
        return getProject();
    }

    private void reread() {
        project = null;
        history = null;
    }

    public void save() {
        try {
            Project saved = registry.update(id, version, form.details(), streets());
            version = saved.getVersion();
            Messages.info(Messages.text("project.saved"));
        } catch (ConcurrentChangeException | ConstraintViolationException | IllegalArgumentException
                 | RecordNotFoundException e) {
            Messages.refused(e);
        }
        reread();
    }

    public void changeStatus(ProjectStatus status) {
        try {
            Project changed = registry.changeStatus(id, version, status, streets());
            version = changed.getVersion();
            Messages.info(Messages.text("project.statusChanged") + " " + Messages.text("project.status." + status.name()));
        } catch (ConcurrentChangeException | IllegalArgumentException | RecordNotFoundException e) {
            Messages.refused(e);
        }
        reread();
    }

    /** The status changes that make sense from here. */
    public List<ProjectStatus> getNextStatuses() {
        Project p = project();
        if (p == null) {
            return List.of();
        }
        return switch (p.getStatus()) {
            case PLANNING -> List.of(ProjectStatus.ACTIVE, ProjectStatus.CANCELLED);
            case ACTIVE -> List.of(ProjectStatus.CLOSED, ProjectStatus.CANCELLED);
            case CLOSED, CANCELLED -> List.of(ProjectStatus.ACTIVE);
        };
    }

    public void startNewItem() {
        itemFormOpen = true;
        editingItemId = null;
        editingItemVersion = 0;
        itemForm.clear();
    }

    public void startEditItem(ChecklistItem item) {
        itemFormOpen = true;
        editingItemId = item.getId();
        editingItemVersion = item.getVersion();
        itemForm.fill(item);
    }

    public void saveItem() {
        try {
            ItemDetails details = itemForm.details();
            if (editingItemId == null) {
                registry.addItem(id, details, streets());
                Messages.info(Messages.text("items.added") + " " + details.title());
            } else {
                registry.updateItem(editingItemId, editingItemVersion, details, streets());
                Messages.info(Messages.text("items.saved") + " " + details.title());
            }
            closeItemForm();
        } catch (ConcurrentChangeException | ConstraintViolationException | IllegalArgumentException
                 | IllegalStateException | RecordNotFoundException e) {
            Messages.refused(e);
        }
        reread();
    }

    public void closeItemForm() {
        itemFormOpen = false;
        editingItemId = null;
        itemForm.clear();
    }

    public void startLinking(ChecklistItem item) {
        linkingItemId = item.getId();
        activityToLink = null;
    }

    public void stopLinking() {
        linkingItemId = null;
        activityToLink = null;
    }

    public void link() {
        if (linkingItemId == null || activityToLink == null) {
            Messages.error(Messages.text("items.chooseActivity"));
            return;
        }
        try {
            registry.link(linkingItemId, activityToLink, streets());
            Messages.info(Messages.text("items.linked"));
            activityToLink = null;
        } catch (IllegalArgumentException | IllegalStateException | RecordNotFoundException e) {
            Messages.refused(e);
        }
        reread();
    }

    public void unlink(long itemId, long activityId) {
        try {
            registry.unlink(itemId, activityId, streets());
            Messages.info(Messages.text("items.unlinked"));
        } catch (IllegalStateException | RecordNotFoundException e) {
            Messages.refused(e);
        }
        reread();
    }

    /** The item being linked, read afresh. */
    public ChecklistItem getLinkingItem() {
        Project p = project();
        if (p == null || linkingItemId == null) {
            return null;
        }
        return p.getItems().stream().filter(i -> i.getId().equals(linkingItemId)).findFirst().orElse(null);
    }

    /** Activities of the project's station not yet linked to the item being linked. */
    public List<Activity> getLinkableActivities() {
        ChecklistItem item = getLinkingItem();
        if (item == null) {
            return List.of();
        }
        return registry.linkableActivities(id, streets(), LINKABLE).stream()
                .filter(a -> !item.getActivities().contains(a)).toList();
    }

    public List<Activity> linkedActivities(ChecklistItem item) {
        return item.getActivities().stream().sorted(Comparator.comparing(Activity::getHeldOn)).toList();
    }

    /** A target as people read it: "contract number · metric label · 年度目标 N" (the label from the metric's module). */
    public String optionText(TargetOption t) {
        return Messages.format("items.targetOption", t.contractNumber(), metricLabels.of(t.metric()), String.valueOf(t.perYear()));
    }

    /** An item's target, said as the chooser says it; a target since taken off the contract by its number and label only. */
    public String targetText(ChecklistItem item) {
        if (item.getContract() == null || item.getTargetMetric().isEmpty()) {
            return null;
        }
        var metric = item.getTargetMetric().get();
        return item.getContract().targetFor(metric)
                .map(t -> optionText(new TargetOption(item.getContract().getId(), item.getContract().getNumber(), metric.code(), t.getPerYear())))
                .orElseGet(() -> Messages.format("items.targetGone", item.getContract().getNumber(), metricLabels.of(metric.code())));
    }

    public List<TargetOption> getTargetOptions() {
        return id == null || project() == null ? List.of() : registry.targetOptions(id, streets());
    }

    /** Who did what to the project and its checklist, newest first. */
    public List<org.shegong.platform.api.audit.AuditRecord> getHistory() {
        if (history == null) {
            history = id == null || project() == null ? List.of() : registry.history(id, streets());
        }
        return history;
    }

    public boolean isOpen() {
        Project p = project();
        return p != null && p.getStatus().isOpen();
    }

    private Set<String> streets() {
        return myStations.streetCodesOf(currentIdentity.require());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ProjectForm getForm() {
        return form;
    }

    public boolean isItemFormOpen() {
        return itemFormOpen;
    }

    public boolean isEditingItem() {
        return editingItemId != null;
    }

    public ItemForm getItemForm() {
        return itemForm;
    }

    public Long getLinkingItemId() {
        return linkingItemId;
    }

    public Long getActivityToLink() {
        return activityToLink;
    }

    public void setActivityToLink(Long activityToLink) {
        this.activityToLink = activityToLink;
    }

    /** The fields of a checklist item. The target is chosen as "contractId:metric", or empty for none. */
    public static class ItemForm implements Serializable {

        private static final long serialVersionUID = 1L;

        private String title;
        private Integer planned;
        private String note;
        private String target;

        void clear() {
            title = note = target = null;
            planned = null;
        }

        void fill(ChecklistItem item) {
            title = item.getTitle();
            planned = item.getPlanned();
            note = item.getNote();
            target = item.getContract() == null ? null
                    : item.getContract().getId() + ":" + item.getTargetMetric().map(m -> m.code()).orElse("");
        }

        ItemDetails details() {
            Long contractId = null;
            String metric = null;
            if (target != null && !target.isBlank()) {
                int colon = target.indexOf(':');
                try {
                    contractId = Long.valueOf(target.substring(0, colon));
                    metric = target.substring(colon + 1);
                } catch (RuntimeException e) {
                    throw new org.shegong.platform.api.records.Refusal("project.refused.targetFromList");
                }
            }
            return new ItemDetails(title, planned, note, contractId, metric);
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public Integer getPlanned() {
            return planned;
        }

        public void setPlanned(Integer planned) {
            this.planned = planned;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }

        public String getTarget() {
            return target;
        }

        public void setTarget(String target) {
            this.target = target;
        }
    }
}
