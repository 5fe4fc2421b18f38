package org.shegong.platform.application.identity;

import org.shegong.platform.api.identity.Role;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.shegong.platform.domain.model.contract.Contract;
import org.shegong.platform.domain.model.contract.ContractRepository;
import org.shegong.platform.domain.model.station.Station;

/**
 * The stations a person works in today: those their operator holds a contract in force for, and,
 * unless they are the operator's admin, only those the token assigns to them. A station in the
 * token that the operator does not hold is ignored, not trusted.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MyStations {

    @Inject
    ContractRepository contracts;

    @Inject
    Clock clock;

    public List<Station> of(Identity identity) {
        if (identity.tenant().isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        return contracts.heldBy(identity.tenant().get()).stream()
                .filter(c -> c.isInForceOn(today))
                .map(Contract::getStation)
                .filter(s -> identity.has(Role.OPERATOR_ADMIN) || identity.stations().contains(s.getStreet().getCode()))
                .distinct()
                .sorted(Comparator.comparing(s -> s.getStreet().getCode()))
                .toList();
    }

    public Set<String> streetCodesOf(Identity identity) {
        return of(identity).stream().map(s -> s.getStreet().getCode()).collect(Collectors.toSet());
    }
}
