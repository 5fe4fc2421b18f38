package org.shegong.platform.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.shegong.platform.application.activities.ActivityRegistry;
import org.shegong.platform.domain.model.activity.Activity;

/** The activities (活动) of the selected stations, newest first. */
@Named
@RequestScoped
public class StationActivities {

    @Inject
    ActivityRegistry activities;

    @Inject
    StationSelection selection;

    private List<Activity> list;

    public List<Activity> getActivities() {
        if (list == null) {
            list = activities.pageInStreets(selection.streets(), 0, StationResidents.PAGE);
        }
        return list;
    }
}
