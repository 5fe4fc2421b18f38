package org.shegong.modules.eldercare.application;

import org.shegong.platform.api.records.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.shegong.modules.eldercare.domain.model.elder.ElderProfile;
import org.shegong.modules.eldercare.domain.model.elder.ElderProfileRepository;
import org.shegong.modules.eldercare.domain.model.fraud.AntiFraudSession;
import org.shegong.modules.eldercare.domain.model.fraud.AntiFraudSessionRepository;
import org.shegong.platform.api.access.RequiresPermission;
import org.shegong.platform.api.identity.SignedIn;
import org.shegong.platform.api.records.RecordNotFoundException;

/** Anti-fraud education (防诈骗宣传): sessions, who attended, and the share of the station's elders reached. */
@ApplicationScoped
@Transactional
public class AntiFraudEducation {

    /** Elders with a profile at the stations, and how many of them attended a session in the period. */
    public record Coverage(long elders, long reached) {

        /** Whole per cent, rounded down: a target of 80% is met only at 80%. */
        public long percent() {
            return elders == 0 ? 0 : reached * 100 / elders;
        }
    }

    @Inject
    AntiFraudSessionRepository sessions;

    @Inject
    ElderProfileRepository profiles;

    @Inject
    MyElders myElders;

    @Inject
    SignedIn signedIn;

    @Inject
    Clock clock;

    @RequiresPermission(ElderCarePermissions.RECORD)
    public AntiFraudSession record(String streetCode, LocalDate heldOn, String title, Set<Long> attendees) {
        if (streetCode == null || !signedIn.stationCodes().contains(streetCode)) {
            throw new Refusal("eldercare.refused.chooseStation");
        }
        for (long residentId : attendees) {
            if (!myElders.resident(residentId).streetCode().equals(streetCode)) {
                throw new RecordNotFoundException("服务对象 resident", residentId);
            }
        }
        AntiFraudSession session = new AntiFraudSession(streetCode, heldOn, title, attendees, LocalDate.now(clock));
        sessions.store(session);
        return session;
    }

    @RequiresPermission(ElderCarePermissions.READ)
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AntiFraudSession> sessionsAt(Set<String> streetCodes) {
        return sessions.atStreets(streetCodes);
    }

    /**
     * For metrics, which run without a person: per street, the elders (with a profile there) who
     * attended at least one session held at that street within the period, each counted once.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, Long> reachedPerStreet(Set<String> streetCodes, LocalDate from, LocalDate to) {
        Map<String, Set<Long>> elders = new HashMap<>();
        profiles.atStreets(streetCodes).forEach(p -> elders.computeIfAbsent(p.getStreetCode(), s -> new HashSet<>()).add(p.getResidentId()));
        Map<String, Set<Long>> reached = new HashMap<>();
        for (AntiFraudSession s : sessions.atStreets(streetCodes)) {
            if (!s.getHeldOn().isBefore(from) && !s.getHeldOn().isAfter(to)) {
                Set<Long> attended = new HashSet<>(s.getAttendees());
                attended.retainAll(elders.getOrDefault(s.getStreetCode(), Set.of()));
                reached.computeIfAbsent(s.getStreetCode(), k -> new HashSet<>()).addAll(attended);
            }
        }
        Map<String, Long> counts = new HashMap<>();
        reached.forEach((street, persons) -> counts.put(street, (long) persons.size()));
        return counts;
    }

    /** Runs without a person: the caller hands in the streets. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Coverage coverage(Set<String> streetCodes, LocalDate from, LocalDate to) {
        Set<Long> elders = profiles.atStreets(streetCodes).stream().map(ElderProfile::getResidentId).collect(Collectors.toSet());
        Set<Long> reached = new HashSet<>();
        for (AntiFraudSession s : sessions.atStreets(streetCodes)) {
            if (!s.getHeldOn().isBefore(from) && !s.getHeldOn().isAfter(to)) {
                reached.addAll(s.getAttendees());
            }
        }
        reached.retainAll(elders);
        return new Coverage(elders.size(), reached.size());
    }
}
