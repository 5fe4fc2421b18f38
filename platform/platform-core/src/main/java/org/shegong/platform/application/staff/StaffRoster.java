package org.shegong.platform.application.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.shegong.platform.domain.model.staff.StaffMember;
import org.shegong.platform.domain.model.staff.StaffRepository;

/** The current operator's staff, and how many of each station's staff hold the social-worker certificate. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class StaffRoster {

    /** One station's certified share: certified members of all members. */
    public record CertifiedShare(String stationName, long certified, long total) {

        public int percent() {
            return total == 0 ? 0 : (int) (certified * 100 / total);
        }
    }

    @Inject
    StaffRepository staff;

    public List<StaffMember> all() {
        return staff.all().stream()
                .sorted(Comparator.comparing((StaffMember m) -> m.getStation() == null ? "" : m.getStation().getStreet().getCode())
                        .thenComparing(StaffMember::getName))
                .toList();
    }

    public List<CertifiedShare> certifiedShareByStation() {
        Map<String, List<StaffMember>> byStation = all().stream().filter(m -> m.getStation() != null)
                .collect(Collectors.groupingBy(m -> m.getStation().getName(), TreeMap::new, Collectors.toList()));
        return byStation.entrySet().stream()
                .map(e -> new CertifiedShare(e.getKey(),
                        e.getValue().stream().filter(m -> m.getCertificateLevel().isCertified()).count(), e.getValue().size()))
                .toList();
    }
}
