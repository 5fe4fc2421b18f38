package org.shegong.modules.childprotection.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.shegong.modules.childprotection.domain.model.casework.CaseRepository;
import org.shegong.modules.childprotection.domain.model.child.ChildRepository;
import org.shegong.platform.api.audit.RecordLabels;
import org.shegong.platform.api.audit.Said;
import org.shegong.platform.api.directory.StationCard;
import org.shegong.platform.api.directory.StationCards;
import org.shegong.platform.api.tenancy.CurrentTenant;

/**
 * A child's case and file on the operator's read log: by the serving station and the day the case was taken
 * in (接案) or the file opened (建档), never the child's name — the operator's admin, who reads that log, may see
 * no station's children (the need-to-know rule), yet can tell the records apart and ask the station about one.
 */
@ApplicationScoped
public class ChildRecordLabels implements RecordLabels {

    @Inject
    CaseRepository cases;

    @Inject
    ChildRepository children;

    @Inject
    StationCards stations;

    @Inject
    CurrentTenant tenant;

    /** The one clock, in the stations' zone (Asia/Shanghai): the day as the station saw it. */
    @Inject
    Clock clock;

    @Override
    @Transactional
    public Optional<String> label(String recordKind, long recordId) {
        if (tenant.current().isEmpty()) {
            return Optional.empty();
        }
        if (NeedToKnow.CASE_KIND.equals(recordKind)) {
            return cases.find(recordId).map(c -> said("childprotection.label.case", c.getStreetCode(), c.getIntakeAt()));
        }
        if (ChildRegister.CHILD_KIND.equals(recordKind)) {
            return children.find(recordId).map(c -> said("childprotection.label.child", c.getStreetCode(), c.getCreatedAt()));
        }
        return Optional.empty();
    }

    /** "老军营街道社工站 · 2026-11-03 接案"; a street without a station of record is left out, never shown by its code. */
    private String said(String key, String streetCode, Instant at) {
        String day = day(at);
        return stations.ofStreet(streetCode).map(StationCard::name)
                .map(station -> Said.of(key + "At", station, day))
                .orElseGet(() -> Said.of(key, day));
    }

    private String day(Instant at) {
        return at == null ? "" : at.atZone(clock.getZone()).toLocalDate().toString();
    }
}
