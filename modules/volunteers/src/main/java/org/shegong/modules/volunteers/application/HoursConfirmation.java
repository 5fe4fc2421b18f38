package org.shegong.modules.volunteers.application;

import org.shegong.platform.api.audit.Said;
import org.shegong.platform.api.records.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.shegong.modules.volunteers.domain.model.attendance.Attendance;
import org.shegong.modules.volunteers.domain.model.attendance.AttendanceCorrection;
import org.shegong.modules.volunteers.domain.model.attendance.AttendanceRepository;
import org.shegong.modules.volunteers.domain.model.shift.Shift;
import org.shegong.modules.volunteers.domain.model.shift.ShiftRepository;
import org.shegong.modules.volunteers.domain.model.volunteer.Volunteer;
import org.shegong.platform.api.access.RequiresPermission;
import org.shegong.platform.api.identity.SignedIn;
import org.shegong.platform.api.records.RecordNotFoundException;

/**
 * Hours to confirm (时长审核): staff of the station correct (with a reason, kept) and confirm service
 * time. Confirming credits the time bank and updates the person's confirmed minutes at this operator
 * in their one cross-operator identity, in the same transaction.
 */
@ApplicationScoped
@Transactional
public class HoursConfirmation {

    @Inject
    AttendanceRepository attendance;

    @Inject
    ShiftRepository shifts;

    @Inject
    VolunteerRegistry registry;

    @Inject
    TimeBank timeBank;

    @Inject
    OneIdentity identity;

    @Inject
    SignedIn signedIn;

    @Inject
    Clock clock;

    @RequiresPermission(VolunteersPermissions.READ)
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Attendance> toConfirm() {
        return attendance.toConfirm(signedIn.selectedStationCodes());
    }

    @RequiresPermission(VolunteersPermissions.MANAGE)
    public AttendanceCorrection correct(long attendanceId, Long minutes, String reason) {
        Attendance a = mine(attendanceId);
        if (minutes == null) {
            throw new Refusal("volunteers.refused.enterMinutes");
        }
        AttendanceCorrection c = a.correct(shiftOf(a), minutes, reason, signedIn.username());
        attendance.store(a);
        attendance.add(c);
        return c;
    }

    @RequiresPermission(VolunteersPermissions.MANAGE)
    public Attendance confirm(long attendanceId) {
        Attendance a = mine(attendanceId);
        a.confirm(signedIn.username(), clock.instant());
        attendance.store(a);
        Volunteer v = registry.mine(a.getVolunteerId());
        timeBank.credit(v, a.getMinutes(), Said.of("volunteers.memo.hoursConfirmed", shiftOf(a).getRole()));
        identity.recordMinutes(v.getIdNumberIndex(), attendance.confirmedMinutesOf(v.getId()), Said.of("volunteers.purpose.hoursConfirmed"));
        return a;
    }

    @RequiresPermission(VolunteersPermissions.READ)
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AttendanceCorrection> correctionsOf(long attendanceId) {
        mine(attendanceId);
        return attendance.correctionsOf(attendanceId);
    }

    private Attendance mine(long id) {
        return attendance.find(id).filter(a -> signedIn.worksAt(a.getStreetCode()))
                .orElseThrow(() -> new RecordNotFoundException("签到记录 attendance", id));
    }

    private Shift shiftOf(Attendance a) {
        return shifts.find(a.getShiftId()).orElseThrow(() -> new RecordNotFoundException("班次 shift", a.getShiftId()));
    }
}
