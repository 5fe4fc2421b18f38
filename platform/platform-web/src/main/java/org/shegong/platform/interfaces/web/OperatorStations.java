package org.shegong.platform.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
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
    Clock clock;

    private List<ContractLine> lines;

    public List<ContractLine> getContracts() {
        if (lines == null) {
            LocalDate today = LocalDate.now(clock);
            lines = currentIdentity.require().tenant().map(contracts::heldBy).orElse(List.of()).stream()
                    .map(c -> new ContractLine(c, c.isInForceOn(today), c.isInForceOn(today) ? progress.of(c, today) : List.of()))
                    .toList();
        }
        return lines;
    }
}
