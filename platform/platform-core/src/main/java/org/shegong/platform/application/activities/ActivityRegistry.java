package org.shegong.platform.application.activities;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.shegong.platform.api.event.ActivityDone;
import org.shegong.platform.api.records.RecordNotFoundException;
import org.shegong.platform.api.records.Refusal;
import org.shegong.platform.application.tenancy.TenantContext;
import org.shegong.platform.application.residents.ResidentRegistry;
import org.shegong.platform.domain.model.activity.Activity;
import org.shegong.platform.domain.model.activity.ActivityRepository;
import org.shegong.platform.domain.model.activity.ActivityType;
import org.shegong.platform.domain.model.partner.PartnerRepository;
import org.shegong.platform.domain.model.resident.Resident;
import org.shegong.platform.domain.model.resident.ResidentRepository;
import org.shegong.platform.domain.model.station.Station;
import org.shegong.platform.domain.model.station.StationRepository;

/** Planning and closing the current tenant's activities (活动). */
@ApplicationScoped
@Transactional
public class ActivityRegistry {

    public static final String KIND = "活动 activity";

    @Inject
    Event<ActivityDone> done;

    @Inject
    TenantContext tenant;

    @Inject
    ActivityRepository activities;

    @Inject
    ResidentRepository residents;

    @Inject
    StationRepository stations;

    @Inject
    PartnerRepository partners;

    @Inject
    Clock clock;

    public Activity plan(String title, ActivityType type, LocalDate heldOn, String stationStreetCode, String moduleTag) {
        return plan(title, type, heldOn, stationStreetCode, moduleTag, null, null);
    }

    /**
     * Plans an activity at a station, optionally run with one of the operator's partners and at a
     * place (a room, a courtyard; none when null or blank).
     */
    public Activity plan(String title, ActivityType type, LocalDate heldOn, String stationStreetCode, String moduleTag,
                         Long partnerId, String place) {
        if (title == null || title.isBlank()) {
            throw new Refusal("activity.refused.title");
        }
        if (type == null || heldOn == null) {
            throw new Refusal("activity.refused.typeAndDate");
        }
        Station station = stations.findByStreetCode(stationStreetCode)
                .orElseThrow(() -> new RecordNotFoundException("社工站 station", stationStreetCode));
        Activity activity = new Activity(title, type, heldOn, place, station);
        activity.tag(moduleTag);
        if (partnerId != null) {
            activity.runWith(partners.find(partnerId).orElseThrow(() -> new RecordNotFoundException("合作资源 partner", partnerId)));
        }
        activities.store(activity);
        activities.flush();
        return activity;
    }

    /** Plans an activity a module organised, with its reference (see {@code ActivityCards}). */
    public Activity planOrganised(String title, ActivityType type, LocalDate heldOn, String stationStreetCode, String moduleTag,
                                  String organiser) {
        Activity activity = plan(title, type, heldOn, stationStreetCode, moduleTag, null, null);
        activity.organisedBy(organiser);
        return activity;
    }

    /** Activities with this organiser reference at the stations of these streets, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Activity> organisedBy(String organiser, Set<String> streetCodes) {
        return activities.organisedBy(organiser, streetCodes);
    }

    public Activity addParticipant(long activityId, long residentId) {
        Activity activity = require(activityId);
        activity.addParticipant(residents.find(residentId)
                .orElseThrow(() -> new RecordNotFoundException(ResidentRegistry.KIND, residentId)));
        return activity;
    }

    /** Adds a resident who lives in the activity's streets; someone else's resident is "not found". */
    public Activity addParticipantInStreets(long activityId, long residentId, Set<String> streetCodes) {
        Activity activity = findInStreets(activityId, streetCodes).orElseThrow(() -> new RecordNotFoundException(KIND, activityId));
        Resident resident = residents.find(residentId)
                .filter(r -> !r.isRemoved() && streetCodes.contains(r.getCommunity().getParent().getCode()))
                .orElseThrow(() -> new RecordNotFoundException(ResidentRegistry.KIND, residentId));
        activity.addParticipant(resident);
        return activity;
    }

    public Activity removeParticipantInStreets(long activityId, long residentId, Set<String> streetCodes) {
        Activity activity = findInStreets(activityId, streetCodes).orElseThrow(() -> new RecordNotFoundException(KIND, activityId));
        activity.getParticipants().stream().filter(r -> r.getId() == residentId).findFirst().ifPresent(activity::removeParticipant);
        return activity;
    }

    public Activity markDone(long activityId) {
        Activity activity = require(activityId);
        boolean wasDone = activity.getStatus() == org.shegong.platform.domain.model.activity.ActivityStatus.DONE;
        activity.markDone(LocalDate.now(clock));
        if (wasDone) {
            return activity;
        }
        // Inside this transaction: a module crediting the participants does so with the status, or not at all.
        done.fire(new ActivityDone(tenant.require(), activity.getId(), activity.getStation().getStreet().getCode(),
                LocalDate.now(clock), activity.getModuleTag(),
                activity.getParticipants().stream().map(Resident::getId).collect(java.util.stream.Collectors.toSet()),
                activity.getOrganiser()));
        return activity;
    }

    public void remove(long activityId) {
        activities.remove(require(activityId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Activity> find(long id) {
        return activities.find(id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Activity> page(int first, int max) {
        return activities.page(first, max);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Activity> pageInStreets(Set<String> streetCodes, int first, int max) {
        return activities.pageInStreets(streetCodes, first, max);
    }

    /** An activity of the current tenant at the station of one of the given streets. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Activity> findInStreets(long id, Set<String> streetCodes) {
        return activities.find(id).filter(a -> streetCodes.contains(a.getStation().getStreet().getCode()));
    }

    /** Done activities of the current tenant at the stations of these streets within the period. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long countDone(Set<String> streetCodes, LocalDate from, LocalDate to) {
        return activities.countDone(streetCodes, from, to);
    }

    /** The same per street code, in one query: the platform's {@code activities} metric. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Map<String, Long> countDonePerStreet(Set<String> streetCodes, LocalDate from, LocalDate to) {
        return activities.countDonePerStreet(streetCodes, from, to);
    }

    /** The same per street and month held, for a run of months in one query. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Map<String, java.util.Map<java.time.YearMonth, Long>> countDonePerStreetAndMonth(Set<String> streetCodes,
            java.time.YearMonth from, java.time.YearMonth to) {
        return activities.countDonePerStreetAndMonth(streetCodes, from, to);
    }

    /** Done activities of the current tenant at the station of a street. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long countDone(String streetCode) {
        return activities.countDone(streetCode);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long count() {
        return activities.count();
    }

    private Activity require(long id) {
        return activities.find(id).orElseThrow(() -> new RecordNotFoundException(KIND, id));
    }
}
