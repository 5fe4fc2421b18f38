package org.shegong.platform.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.List;
import org.shegong.platform.api.records.RecordNotFoundException;
import org.shegong.platform.application.staff.StaffRoster;
import org.shegong.platform.domain.model.staff.StaffMember;
import org.shegong.platform.domain.model.staff.StaffRole;
import org.shegong.platform.application.contracts.ContractProgress;
import org.shegong.platform.application.contracts.TargetProgress;
import org.shegong.platform.application.identity.CurrentIdentity;
import org.shegong.platform.domain.model.contract.Contract;
import org.shegong.platform.domain.model.contract.ContractRepository;

/** An operator admin's contracts, one per station and period, with live progress of each target. */
@Named
@RequestScoped
public class OperatorStations {

    /** A contract with the progress of its targets today (empty for a contract not in force). */
    public record ContractLine(Contract contract, boolean inForce, List<TargetProgress> targets) {
    }

    @Inject
    CurrentIdentity currentIdentity;

    @Inject
    ContractRepository contracts;

    @Inject
    ContractProgress progress;

    @Inject
    MetricLabels metricLabels;

    @Inject
    Clock clock;

    @Inject
    StaffRoster staff;

    private List<ContractLine> lines;
    private List<StaffMember> roster;
    private String chartFor;

    public List<ContractLine> getContracts() {
        if (lines == null) {
            LocalDate today = LocalDate.now(clock);
            lines = currentIdentity.require().tenant().map(contracts::heldBy).orElse(List.of()).stream()
                    .map(c -> new ContractLine(c, c.isInForceOn(today), c.isInForceOn(today) ? progress.of(c, today) : List.of()))
                    .toList();
        }
        return lines;
    }

    /** The contracts in force: what the progress page offers to choose from. */
    public List<ContractLine> getInForce() {
        return getContracts().stream().filter(ContractLine::inForce).toList();
    }

    /**
     * The progress page's view action: a {@code ?contract=} that names none of this operator's contracts in force —
     * another operator's number, an ended contract, a typo, nothing at all — is the portal's 404 page, as another
     * operator's record id is, so nothing is confirmed of what exists elsewhere. Without the parameter the page
     * offers the contracts in force.
     */
    public void load() {
        if (chartFor != null && getChosen() == null) {
            throw new RecordNotFoundException("服务合同 contract", "—");
        }
    }

    /** The contract in force named by {@code ?contract=}, if it is one of this operator's; else none. */
    public ContractLine getChosen() {
        if (chartFor == null || chartFor.isBlank()) {
            return null;
        }
        return getInForce().stream().filter(l -> l.contract().getNumber().equals(chartFor.strip())).findFirst().orElse(null);
    }

    /** The station's lead (站长), or empty. */
    public String leadOf(Contract contract) {
        return staffOf(contract).stream().filter(m -> m.getRole() == StaffRole.STATION_LEAD)
                .map(StaffMember::getName).findFirst().orElse("");
    }

    public long staffCountOf(Contract contract) {
        return staffOf(contract).size();
    }

    /** The contract's station staff, from one read of the roster per request (the page asks per contract, twice). */
    private List<StaffMember> staffOf(Contract contract) {
        if (roster == null) {
            roster = staff.all();
        }
        return roster.stream()
                .filter(m -> m.getStation() != null && m.getStation().getId().equals(contract.getStation().getId()))
                .toList();
    }

    /** Strong colours for the counted series, one per target; the pace line is a pale grey behind them. */
    private static final List<String> SERIES_COLOURS = List.of("#1565c0", "#c62828", "#2e7d32", "#6a1b9a", "#ef6c00", "#00838f");
    private static final String PACE_COLOUR = "#c8c8c8";

    /**
     * The progress chart (累计完成) of a contract in force (Chart.js configuration for {@code p:chart}):
     * each counted target as the share of its yearly figure reached by the end of each month, drawn
     * strong, beside the steady pace ({@link org.shegong.platform.domain.model.contract.Pace}) that
     * reaches 100 % on the last day of the contract year, drawn pale and dashed. Targets that no
     * module of the operator counts are left out (the table names them as not counted).
     */
    public String burnUpChart(Contract contract) {
        LocalDate today = LocalDate.now(clock);
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        List<String> labels = List.of();
        List<Long> steady = List.of();
        int series = 0;
        for (var target : contract.getTargets()) {
            List<ContractProgress.BurnUpPoint> points = progress.burnUp(contract, target.getMetric().code(), today);
            if (points.isEmpty() || target.getPerYear() == 0) {
                continue;
            }
            labels = points.stream().map(p -> p.day().toString()).toList();
            steady = points.stream().map(p -> (long) p.steadyPace() * 100 / target.getPerYear()).toList();
            JsonArrayBuilder data = Json.createArrayBuilder();
            points.forEach(p -> data.add(p.counted() * 100 / target.getPerYear()));
            String colour = SERIES_COLOURS.get(series++ % SERIES_COLOURS.size());
            datasets.add(Json.createObjectBuilder().add("label", metricLabels.of(target.getMetric().code())).add("data", data)
                    .add("tension", 0).add("borderColor", colour).add("backgroundColor", colour)
                    .add("borderWidth", 3).add("pointRadius", 3));
        }
        JsonArrayBuilder pace = Json.createArrayBuilder();
        steady.forEach(pace::add);
        datasets.add(Json.createObjectBuilder().add("label", Messages.text("ops.progress.pace")).add("data", pace)
                .add("borderDash", Json.createArrayBuilder().add(6).add(4)).add("borderColor", PACE_COLOUR)
                .add("backgroundColor", PACE_COLOUR).add("borderWidth", 1.5).add("pointRadius", 0));
        JsonArrayBuilder dayLabels = Json.createArrayBuilder();
        labels.forEach(dayLabels::add);
        return Json.createObjectBuilder()
                .add("type", "line")
                .add("data", Json.createObjectBuilder().add("labels", dayLabels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder()
                        .add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder().add("min", 0)
                                .add("suggestedMax", 100)
                                .add("title", Json.createObjectBuilder().add("display", true).add("text", Messages.text("ops.progress.axis"))))))
                .build().toString();
    }

    /** The contract whose progress chart is shown (from {@code ?contract=} on the progress page). */
    public String getChartFor() {
        return chartFor;
    }

    public void setChartFor(String chartFor) {
        this.chartFor = chartFor;
    }
}
