package org.shegong.platform.application.provisioning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.shegong.platform.api.identity.Role;
import org.shegong.platform.api.module.DemoWorld;
import org.shegong.platform.api.module.ShegongModule;
import org.shegong.platform.api.persistence.Actor;
import org.shegong.platform.application.directory.RegisterCards;
import org.shegong.platform.application.identity.CurrentIdentity;
import org.shegong.platform.application.identity.Identity;
import org.shegong.platform.application.modules.ModuleRegistry;
import org.shegong.platform.application.staff.StaffRoster;
import org.shegong.platform.domain.model.resident.ResidentRepository;

/**
 * Lets each module switched on for a demo operator seed its own demo records, after the platform's
 * demo residents and activities exist. Runs inside the operator's tenant, in a transaction of its
 * own so a module's failure cannot undo the operator's provisioning.
 */
@ApplicationScoped
public class ModuleDemoData {

    @Inject
    ModuleRegistry modules;

    @Inject
    CurrentIdentity currentIdentity;

    @Inject
    ResidentRepository residents;

    @Inject
    StaffRoster staff;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void seed(OperatorDescriptor operator) {
        if (operator.demo().residentsPerStation() == 0) {
            return;
        }
        // Modules' services act for a signed-in person, see that person's stations and check their
        // permissions; the demo is written as the operator's admin (all stations) doing the stations'
        // work (the lead's permissions) would, recorded as the system.
        // the name is stored with what the demo writes (a step's confirmer, a change's author) and shown
        // as written, in either language, like every person's name: one name, not two joined
        currentIdentity.set(new Identity(Actor.SYSTEM, "演示数据", Set.of(Role.OPERATOR_ADMIN, Role.STATION_LEAD),
                Optional.of(operator.code()), Set.of(), Optional.empty()));
        DemoWorld world = new DemoWorld(LocalDate.now(clock),
                residents.page(0, 10_000).stream().filter(r -> !r.isRemoved()).map(RegisterCards::card).toList(),
                staff.all().stream().filter(m -> m.getStation() != null).map(RegisterCards::card).toList());
        for (ShegongModule module : modules.enabledFor(Optional.of(operator.code()))) {
            module.seedDemo(world);
        }
    }
}
