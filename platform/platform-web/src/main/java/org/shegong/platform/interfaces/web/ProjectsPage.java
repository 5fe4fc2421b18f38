package org.shegong.platform.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.shegong.platform.api.records.RecordNotFoundException;
import org.shegong.platform.application.projects.ProjectDetails;
import org.shegong.platform.application.projects.ProjectRegistry;
import org.shegong.platform.application.projects.ProjectSearch;
import org.shegong.platform.domain.model.project.Project;
import org.shegong.platform.domain.model.project.ProjectStatus;
import org.shegong.platform.domain.model.station.Station;

/**
 * The projects register (项目清单, 清单化管理) of my selected stations: lazy, sortable, filtered by
 * column and by a search box over name and needs notes, exported to Excel and CSV; a new project
 * is started in place and then planned item by item on its own page ({@link ProjectPage}).
 * Projects are never deleted here: they are closed or cancelled on their page.
 */
@Named
@ViewScoped
public class ProjectsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ProjectRegistry registry;

    @Inject
    StationSelection selection;

    private String text;

    private boolean formOpen;
    private final ProjectForm form = new ProjectForm();

    private final LazyDataModel<Project> projects = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return Math.toIntExact(registry.count(search(filters, null, false)));
        }

        @Override
        public List<Project> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filters) {
            SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
            String field = sort == null ? null : sort.getField();
            boolean ascending = sort == null || sort.getOrder() != SortOrder.DESCENDING;
            return registry.search(search(filters, field, ascending), first, pageSize);
        }

        @Override
        public String getRowKey(Project project) {
            return String.valueOf(project.getId());
        }

        @Override
        public Project getRowData(String rowKey) {
            return registry.findInStreets(Long.parseLong(rowKey), selection.streets()).orElse(null);
        }
    };

    private ProjectSearch search(Map<String, FilterMeta> filters, String sortBy, boolean ascending) {
        String name = filterText(filters, "name");
        String status = filterText(filters, "status");
        ProjectStatus chosen = null;
        if (status != null && !status.isBlank()) {
            try {
                chosen = ProjectStatus.valueOf(status);
            } catch (IllegalArgumentException e) {
                chosen = null; // an unknown value from the page: no status filter
            }
        }
        return new ProjectSearch(selection.streets(), text, name, chosen, sortBy, ascending);
    }

    private static String filterText(Map<String, FilterMeta> filters, String field) {
        FilterMeta meta = filters == null ? null : filters.get(field);
        Object value = meta == null ? null : meta.getFilterValue();
        return value == null ? null : value.toString();
    }

    public void clearSearch() {
        text = null;
    }

    public void startNew() {
        formOpen = true;
        form.clear();
        List<Station> stations = selection.getStations();
        if (stations.size() == 1) {
            form.setStationStreet(stations.get(0).getStreet().getCode());
        }
    }

    /** Starts the project; on any refusal the form stays open with the person's input and the reasons. */
    public void save() {
        ProjectDetails details = form.details();
        try {
            Project started = registry.start(details, selection.streets());
            Messages.info(Messages.text("projects.started") + " " + started.getName());
            close();
        } catch (ConstraintViolationException | IllegalArgumentException | RecordNotFoundException e) {
            Messages.refused(e);
        }
    }

    public void close() {
        formOpen = false;
        form.clear();
    }

    public boolean isFormOpen() {
        return formOpen;
    }

    public ProjectStatus[] getStatuses() {
        return ProjectStatus.values();
    }

    public List<Station> getStations() {
        return selection.getStations().stream().filter(s -> selection.streets().contains(s.getStreet().getCode())).toList();
    }

    public LazyDataModel<Project> getProjects() {
        return projects;
    }

    public ProjectForm getForm() {
        return form;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    /** The fields of a project: on this page for a new one, on {@link ProjectPage} for a change. */
    public static class ProjectForm implements Serializable {

        private static final long serialVersionUID = 1L;

        private String name;
        private String stationStreet;
        private String needs;
        private String plan;
        private LocalDate startsOn;
        private LocalDate endsOn;

        void clear() {
            name = stationStreet = needs = plan = null;
            startsOn = endsOn = null;
        }

        void fill(Project p) {
            name = p.getName();
            stationStreet = p.getStation().getStreet().getCode();
            needs = p.getNeeds();
            plan = p.getPlan();
            startsOn = p.getStartsOn();
            endsOn = p.getEndsOn();
        }

        ProjectDetails details() {
            return new ProjectDetails(name, stationStreet, needs, plan, startsOn, endsOn);
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getStationStreet() {
            return stationStreet;
        }

        public void setStationStreet(String stationStreet) {
            this.stationStreet = stationStreet;
        }

        public String getNeeds() {
            return needs;
        }

        public void setNeeds(String needs) {
            this.needs = needs;
        }

        public String getPlan() {
            return plan;
        }

        public void setPlan(String plan) {
            this.plan = plan;
        }

        public LocalDate getStartsOn() {
            return startsOn;
        }

        public void setStartsOn(LocalDate startsOn) {
            this.startsOn = startsOn;
        }

        public LocalDate getEndsOn() {
            return endsOn;
        }

        public void setEndsOn(LocalDate endsOn) {
            this.endsOn = endsOn;
        }
    }
}
