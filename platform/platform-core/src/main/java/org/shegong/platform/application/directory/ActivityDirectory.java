package org.shegong.platform.application.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.shegong.platform.api.directory.ActivityCard;
import org.shegong.platform.api.directory.ActivityCards;
import org.shegong.platform.api.identity.SignedIn;
import org.shegong.platform.api.records.RecordNotFoundException;
import org.shegong.platform.api.records.Refusal;
import org.shegong.platform.application.activities.ActivityRegistry;
import org.shegong.platform.domain.model.activity.Activity;
import org.shegong.platform.domain.model.activity.ActivityType;

/**
 * The platform's activities as modules see and plan them (see {@code ActivityCards}): the current
 * tenant's, at the signed-in person's stations; another station's activity is not found.
 */
@ApplicationScoped
@Transactional
public class ActivityDirectory implements ActivityCards {

    @Inject
    ActivityRegistry activities;

    @Inject
    SignedIn signedIn;

    @Override
    public ActivityCard plan(String moduleTag, String organiser, String title, String type, LocalDate heldOn, String streetCode) {
        if (title == null || title.isBlank()) {
            throw new Refusal("activity.refused.title");
        }
        if (type == null || heldOn == null) {
            throw new Refusal("activity.refused.typeAndDate");
        }
        ActivityType known;
        try {
            known = ActivityType.valueOf(type);
        } catch (IllegalArgumentException e) {
            throw new Refusal("activity.refused.type", type);
        }
        if (streetCode == null || !signedIn.stationCodes().contains(streetCode)) {
            throw new Refusal("activity.refused.station", streetCode == null ? "" : streetCode);
        }
        return card(activities.planOrganised(title, known, heldOn, streetCode, moduleTag, organiser));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ActivityCard> organisedBy(String organiser) {
        return activities.organisedBy(organiser, signedIn.stationCodes()).stream().map(ActivityDirectory::card).toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ActivityCard> activity(long activityId) {
        return activities.findInStreets(activityId, signedIn.stationCodes()).map(ActivityDirectory::card);
    }

    @Override
    public ActivityCard attend(long activityId, long residentId) {
        return card(activities.addParticipantInStreets(activityId, residentId, signedIn.stationCodes()));
    }

    @Override
    public ActivityCard done(long activityId) {
        Set<String> mine = signedIn.stationCodes();
        activities.findInStreets(activityId, mine).orElseThrow(() -> new RecordNotFoundException(ActivityRegistry.KIND, activityId));
        return card(activities.markDone(activityId));
    }

    static ActivityCard card(Activity a) {
        return new ActivityCard(a.getId(), a.getTitle(), a.getType().name(), a.getHeldOn(), a.getStatus().name(),
                a.getStation().getStreet().getCode(), a.getOrganiser(), a.getHeadcount(), a.getParticipants().size());
    }
}
