package org.shegong.modules.volunteers.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.shegong.modules.volunteers.domain.model.attendance.Attendance;
import org.shegong.modules.volunteers.domain.model.attendance.AttendanceCorrection;
import org.shegong.modules.volunteers.domain.model.attendance.AttendanceRepository;
import org.shegong.modules.volunteers.domain.model.attendance.AttendanceStatus;
import org.shegong.modules.volunteers.domain.model.shift.Shift;
import org.shegong.modules.volunteers.domain.model.shift.ShiftRepository;
import org.shegong.modules.volunteers.domain.model.volunteer.Volunteer;
import org.shegong.platform.api.access.RequiresPermission;
import org.shegong.platform.api.audit.AuditAction;
import org.shegong.platform.api.audit.AuditRecord;
import org.shegong.platform.api.audit.AuditTrail;
import org.shegong.platform.api.audit.Said;
import org.shegong.platform.api.records.IdNumbers;

/**
 * A volunteer's file (志愿者档案) as staff of the volunteer's station see it, read once: the
 * record (ID number masked), the shifts served with their hours — confirmed or awaiting
 * confirmation, and every correction with who and why — the time-bank balance and its ledger, and
 * the record's history. Opening it is an audited read; the full ID number is a separate, recorded
 * reveal for a station lead or operator admin.
 */
@ApplicationScoped
public class VolunteerFile {

    /** One shift served: the shift, the attendance and its corrections (oldest first). */
    public record Service(Shift shift, Attendance attendance, List<AttendanceCorrection> corrections) {
    }

    public record Contents(Volunteer volunteer, List<Service> services, long confirmedMinutes, long pendingMinutes,
                           TimeBank.Balance balance, List<AuditRecord> history) {
    }

    @Inject
    VolunteerRegistry registry;

    @Inject
    AttendanceRepository attendance;

    @Inject
    ShiftRepository shifts;

    @Inject
    TimeBank timeBank;

    @Inject
    AuditTrail audit;

    @Inject
    IdNumbers idNumbers;

    @RequiresPermission(VolunteersPermissions.READ)
    @Transactional
    public Contents open(long id) {
        Volunteer v = registry.mine(id);
        audit.read(VolunteerRegistry.KIND, id, Said.of("volunteers.purpose.fileOpened"));
        List<Attendance> served = attendance.ofVolunteer(id);
        Map<Long, Shift> shiftsById = served.stream().map(Attendance::getShiftId).distinct()
                .flatMap(s -> shifts.find(s).stream()).collect(Collectors.toMap(Shift::getId, Function.identity()));
        List<Service> services = served.stream().filter(a -> shiftsById.containsKey(a.getShiftId()))
                .map(a -> new Service(shiftsById.get(a.getShiftId()), a, attendance.correctionsOf(a.getId())))
                .sorted(Comparator.comparing((Service s) -> s.shift().getStartsAt()).reversed()).toList();
        long confirmed = served.stream().filter(a -> a.getStatus() == AttendanceStatus.CONFIRMED).mapToLong(Attendance::getMinutes).sum();
        long pending = served.stream().filter(a -> a.getStatus() != AttendanceStatus.CONFIRMED).mapToLong(Attendance::getMinutes).sum();
        timeBank.receive(v);
        return new Contents(v, services, confirmed, pending, timeBank.balance(v), audit.historyOf(VolunteerRegistry.KIND, id));
    }

    /**
     * The full ID number. The reveal is written to the audit trail first, in the same transaction:
     * if it cannot be recorded, nothing is revealed.
     */
    @RequiresPermission(VolunteersPermissions.REVEAL)
    @Transactional
    public String revealIdNumber(long id) {
        Volunteer v = registry.mine(id);
        audit.record(VolunteerRegistry.KIND, id, AuditAction.REVEALED, Said.of("history.idNumberRevealed"));
        return idNumbers.decrypt(v.getIdNumberCipher());
    }
}
