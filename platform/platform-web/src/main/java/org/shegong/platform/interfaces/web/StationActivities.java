package org.shegong.platform.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.shegong.platform.api.records.RecordNotFoundException;
import org.shegong.platform.domain.model.activity.ActivityStatus;
import org.shegong.platform.application.activities.ActivityRegistry;
import org.shegong.platform.domain.model.activity.Activity;

/** The activities (活动) of the selected stations, newest first; planned ones that took place can be closed. */
@Named
@RequestScoped
public class StationActivities {

    @Inject
    ActivityRegistry activities;

    @Inject
    StationSelection selection;

    private List<Activity> list;

    @Inject
    Clock clock;

    /** Closes a planned activity that has taken place: from now on it counts toward the targets. */
    public void markDone(long id) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            activities.findInStreets(id, selection.streets()).orElseThrow(() -> new RecordNotFoundException("活动 activity", id));
            Activity done = activities.markDone(id);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, "已完成 / done: " + done.getTitle(), null));
        } catch (IllegalStateException | RecordNotFoundException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        }
        list = null;
    }

    public boolean canMarkDone(Activity activity) {
        return activity.getStatus() == ActivityStatus.PLANNED && !activity.getHeldOn().isAfter(LocalDate.now(clock));
    }

    public List<Activity> getActivities() {
        if (list == null) {
            list = activities.pageInStreets(selection.streets(), 0, StationResidents.PAGE);
        }
        return list;
    }
}
