package org.shegong.platform.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.shegong.platform.api.records.RecordNotFoundException;
import org.shegong.platform.application.identity.Access;
import org.shegong.platform.application.identity.CurrentIdentity;
import org.shegong.platform.application.identity.MyStations;
import org.shegong.platform.application.identity.Requires;
import org.shegong.platform.application.projects.ProjectRegistry;
import org.shegong.platform.application.projects.ProjectSearch;
import org.shegong.platform.domain.model.project.ChecklistItem;
import org.shegong.platform.domain.model.project.Completion;
import org.shegong.platform.domain.model.project.Project;
import org.shegong.platform.interfaces.web.MetricLabels;

/** Projects (清单化管理) of my stations, with each item's and each project's completion. Read only. */
@Path("projects")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Requires(Access.STATION_WORK)
public class ProjectResource {

    public record CompletionView(int done, int of, int percent, boolean complete) {

        static CompletionView of(Completion c) {
            return new CompletionView(c.done(), c.of(), c.percent(), c.isComplete());
        }
    }

    /**
     * The contract target an item counts toward: the contract by its number, the metric by its code
     * (for programs) and its label (for people), as the dashboards' JSON names a metric.
     */
    public record TargetView(String contract, String metric, String label) {
    }

    /** {@code target} is null (left out of the JSON) when the item counts toward no contract target. */
    public record ItemView(long id, long version, int position, String title, int planned, TargetView target,
                           List<Long> activityIds, CompletionView completion) {

        static ItemView of(ChecklistItem i, Function<String, String> metricLabel) {
            TargetView target = i.getContract() == null ? null : i.getTargetMetric()
                    .map(m -> new TargetView(i.getContract().getNumber(), m.code(), metricLabel.apply(m.code()))).orElse(null);
            return new ItemView(i.getId(), i.getVersion(), i.getPosition(), i.getTitle(), i.getPlanned(), target,
                    i.getActivities().stream().map(a -> a.getId()).sorted().toList(), CompletionView.of(i.completion()));
        }
    }

    public record ProjectView(long id, long version, String name, String stationStreet, String status, LocalDate startsOn,
                              LocalDate endsOn, CompletionView completion, List<ItemView> items) {

        static ProjectView of(Project p, Function<String, String> metricLabel) {
            return new ProjectView(p.getId(), p.getVersion(), p.getName(), p.getStation().getStreet().getCode(),
                    p.getStatus().name(), p.getStartsOn(), p.getEndsOn(), CompletionView.of(p.completion()),
                    p.getItems().stream().map(i -> ItemView.of(i, metricLabel)).toList());
        }
    }

    @Inject
    ProjectRegistry projects;

    @Inject
    CurrentIdentity currentIdentity;

    @Inject
    MyStations myStations;

    @Inject
    MetricLabels metricLabels;

    @GET
    public List<ProjectView> list(@QueryParam("first") @DefaultValue("0") @Min(0) int first,
                                  @QueryParam("max") @DefaultValue("50") @Min(1) @Max(500) int max) {
        return projects.search(ProjectSearch.all(myStreets()), first, max).stream().map(p -> ProjectView.of(p, metricLabels::of)).toList();
    }

    @GET
    @Path("{id}")
    public ProjectView get(@PathParam("id") long id) {
        return ProjectView.of(projects.findInStreets(id, myStreets())
                .orElseThrow(() -> new RecordNotFoundException(ProjectRegistry.KIND, id)), metricLabels::of);
    }

    private Set<String> myStreets() {
        return myStations.streetCodesOf(currentIdentity.require());
    }
}
