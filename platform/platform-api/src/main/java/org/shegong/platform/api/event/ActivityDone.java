package org.shegong.platform.api.event;

import java.time.LocalDate;
import java.util.Set;
import org.shegong.platform.api.tenancy.TenantId;

/**
 * An activity (活动) was marked done. Delivered inside that transaction, so a module crediting the
 * participants (hours, attendance) does so atomically with the status. {@code moduleTag} is the
 * module that planned it, or null for the platform's own activities; {@code organiser} the
 * reference the planning module gave it (see {@code ActivityCards}), or null.
 */
public record ActivityDone(TenantId tenant, long activityId, String streetCode, LocalDate doneOn, String moduleTag,
                           Set<Long> participantIds, String organiser) {

    public ActivityDone {
        participantIds = Set.copyOf(participantIds);
    }

    /** An activity without an organiser reference. */
    public ActivityDone(TenantId tenant, long activityId, String streetCode, LocalDate doneOn, String moduleTag,
                        Set<Long> participantIds) {
        this(tenant, activityId, streetCode, doneOn, moduleTag, participantIds, null);
    }
}
