package org.shegong.platform.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.shegong.platform.application.identity.CurrentIdentity;
import org.shegong.platform.domain.model.contract.Contract;
import org.shegong.platform.domain.model.contract.ContractRepository;

/** An operator admin's contracts, one per station and period. */
@Named
@RequestScoped
public class OperatorStations {

    @Inject
    CurrentIdentity currentIdentity;

    @Inject
    ContractRepository contracts;

    public List<Contract> getContracts() {
        return currentIdentity.require().tenant().map(contracts::heldBy).orElse(List.of());
    }
}
