package org.shegong.platform.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.faces.context.FacesContext;
import java.util.Optional;
import java.util.Set;
import org.shegong.platform.api.identity.Role;
import org.shegong.platform.api.identity.SignedIn;
import org.shegong.platform.application.identity.CurrentIdentity;
import org.shegong.platform.application.identity.Identity;
import org.shegong.platform.application.identity.MyStations;
import org.shegong.platform.application.staff.StaffRoster;

/**
 * The signed-in person as modules see them. Stations come from the operator's contracts in force
 * narrowed by the token; on pages the station switcher narrows them further, the API always sees all.
 */
@RequestScoped
public class SignedInPerson implements SignedIn {

    @Inject
    CurrentIdentity currentIdentity;

    @Inject
    MyStations myStations;

    @Inject
    Instance<StationSelection> stationSelection;

    @Inject
    StaffRoster staffRoster;

    private Set<String> stationCodes;

    private Optional<Long> staffId;

    @Override
    public String username() {
        return currentIdentity.require().username();
    }

    @Override
    public String displayName() {
        return currentIdentity.require().displayName();
    }

    @Override
    public boolean has(Role role) {
        return currentIdentity.get().map(i -> i.has(role)).orElse(false);
    }

    @Override
    public Optional<Long> staffId() {
        if (staffId == null) {
            // Only a person acting for a tenant has a staff record there; looked up once per request.
            staffId = currentIdentity.get().filter(Identity::actsForTenant)
                    .flatMap(i -> staffRoster.staffIdOf(i.username()));
        }
        return staffId;
    }

    @Override
    public Set<String> stationCodes() {
        if (stationCodes == null) {
            stationCodes = currentIdentity.get().map(myStations::streetCodesOf).orElse(Set.of());
        }
        return stationCodes;
    }

    @Override
    public String stationName(String streetCode) {
        return currentIdentity.get().map(myStations::of).orElse(java.util.List.of()).stream()
                .filter(s -> s.getStreet().getCode().equals(streetCode)).map(s -> s.getName()).findFirst().orElse(streetCode);
    }

    @Override
    public Set<String> selectedStationCodes() {
        return FacesContext.getCurrentInstance() == null ? stationCodes() : stationSelection.get().streets();
    }
}
