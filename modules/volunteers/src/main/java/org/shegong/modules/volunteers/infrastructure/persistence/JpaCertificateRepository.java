package org.shegong.modules.volunteers.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.shegong.modules.volunteers.domain.model.attendance.AttendanceStatus;
import org.shegong.modules.volunteers.domain.model.certificate.Certificate;
import org.shegong.modules.volunteers.domain.model.certificate.CertificateRepository;
import org.shegong.modules.volunteers.domain.model.certificate.HoursSummary;
import org.shegong.modules.volunteers.domain.model.certificate.HoursSummaryRepository;
import org.shegong.modules.volunteers.domain.model.certificate.ServiceLine;
import org.shegong.platform.api.module.StreetCounts;

@ApplicationScoped
public class JpaCertificateRepository implements CertificateRepository, HoursSummaryRepository {

    private static final ZoneId STATIONS = ZoneId.of("Asia/Shanghai");

    @Inject
    VolunteersUnit unit;

    @Override
    public Optional<Certificate> find(long id) {
        return Optional.ofNullable(unit.em().find(Certificate.class, id));
    }

    @Override
    public List<Certificate> ofVolunteer(long volunteerId) {
        return unit.em().createQuery("select c from Certificate c where c.volunteerId = :v order by c.id desc", Certificate.class)
                .setParameter("v", volunteerId).getResultList();
    }

    @Override
    public List<ServiceLine> linesOf(long certificateId) {
        return unit.em().createQuery("select l from ServiceLine l where l.certificateId = :c order by l.servedOn, l.id",
                ServiceLine.class).setParameter("c", certificateId).getResultList();
    }

    @Override
    public List<ServiceLine> confirmedServicesOf(long volunteerId, Instant before) {
        // Both entities are tenant-owned: EclipseLink filters each by the current operator, so only
        // the hours this operator recorded are ever certified here (谁记录谁证明).
        List<Object[]> rows = unit.em().createQuery("select a.checkedInAt, s.role, a.minutes from Attendance a, Shift s"
                        + " where s.id = a.shiftId and a.volunteerId = :v and a.status = :c and a.checkedInAt < :before"
                        + " order by a.checkedInAt", Object[].class)
                .setParameter("v", volunteerId).setParameter("c", AttendanceStatus.CONFIRMED).setParameter("before", before)
                .getResultList();
        return rows.stream().map(r -> new ServiceLine(((Instant) r[0]).atZone(STATIONS).toLocalDate(), (String) r[1],
                ((Number) r[2]).longValue())).toList();
    }

    @Override
    public Optional<String> lastSerialOf(int year) {
        return unit.em().createQuery("select max(c.serialNumber) from Certificate c where c.serialNumber like :y", String.class)
                .setParameter("y", String.format("ZY%04d-%%", year)).getResultStream().filter(s -> s != null).findFirst();
    }

    @Override
    public void add(Certificate certificate, List<ServiceLine> lines) {
        EntityManager em = unit.em();
        em.persist(certificate);
        em.flush();
        lines.forEach(l -> {
            l.belongTo(certificate.getId());
            em.persist(l);
        });
        em.flush();
    }

    @Override
    public void store(Certificate certificate) {
        unit.persist(certificate, certificate.getId());
    }

    @Override
    public Map<String, Long> issuedPerStreet(Set<String> streetCodes, LocalDate from, LocalDate to) {
        if (streetCodes.isEmpty()) {
            return Map.of();
        }
        return StreetCounts.of(unit.em().createQuery("select c.streetCode, count(c) from Certificate c"
                        + " where c.streetCode in :s and c.issuedOn >= :from and c.issuedOn <= :to and c.revokedAt is null"
                        + " group by c.streetCode", Object[].class)
                .setParameter("s", streetCodes).setParameter("from", from).setParameter("to", to).getResultList());
    }

    @Override
    public void addSummary(HoursSummary summary) {
        unit.em().persist(summary);
        unit.em().flush();
    }

    @Override
    public Optional<HoursSummary> findSummary(long id) {
        return Optional.ofNullable(unit.em().find(HoursSummary.class, id));
    }

    @Override
    public List<HoursSummary> summariesOf(long volunteerId) {
        return unit.em().createQuery("select s from HoursSummary s where s.volunteerId = :v order by s.id desc", HoursSummary.class)
                .setParameter("v", volunteerId).setMaxResults(20).getResultList();
    }
}
