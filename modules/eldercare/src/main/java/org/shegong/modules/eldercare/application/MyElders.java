package org.shegong.modules.eldercare.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.shegong.modules.eldercare.domain.model.ElderRecord;
import org.shegong.platform.api.directory.ResidentCard;
import org.shegong.platform.api.directory.ResidentCards;
import org.shegong.platform.api.identity.SignedIn;
import org.shegong.platform.api.records.RecordNotFoundException;

/**
 * Which residents and records the signed-in person may touch: a resident of their stations (the
 * platform's register decides), or a record of this module kept at one of their stations.
 * Anything else is "not found", never "forbidden", so no one learns that it exists.
 */
@ApplicationScoped
public class MyElders {

    @Inject
    ResidentCards residents;

    @Inject
    SignedIn signedIn;

    public ResidentCard resident(long residentId) {
        return residents.resident(residentId).orElseThrow(() -> new RecordNotFoundException("服务对象 resident", residentId));
    }

    /** A record of this module kept at one of my stations, about a resident who is not removed. */
    public void require(ElderRecord record, String kind, long id) {
        if (record.isResidentRemoved()) {
            throw new RecordNotFoundException(kind, id);
        }
        requireStation(record.getStreetCode(), kind, id);
    }

    public void requireStation(String streetCode, String kind, long id) {
        if (!signedIn.stationCodes().contains(streetCode)) {
            throw new RecordNotFoundException(kind, id);
        }
    }
}
