package org.shegong.platform.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.shegong.platform.application.residents.ResidentRegistry;
import org.shegong.platform.domain.model.resident.Resident;

/** The residents (服务对象) of the selected stations; ID numbers masked. */
@Named
@RequestScoped
public class StationResidents {

    static final int PAGE = 500;

    @Inject
    ResidentRegistry residents;

    @Inject
    StationSelection selection;

    private List<Resident> list;

    public List<Resident> getResidents() {
        if (list == null) {
            list = residents.pageInStreets(selection.streets(), 0, PAGE);
        }
        return list;
    }

    public long getTotal() {
        return residents.countInStreets(selection.streets());
    }
}
