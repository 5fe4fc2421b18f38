package org.shegong.modules.volunteers.application;

import org.shegong.platform.api.records.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.shegong.modules.volunteers.domain.model.attendance.Attendance;
import org.shegong.modules.volunteers.domain.model.attendance.AttendanceRepository;
import org.shegong.modules.volunteers.domain.model.attendance.CheckInCode;
import org.shegong.modules.volunteers.domain.model.shift.Shift;
import org.shegong.modules.volunteers.domain.model.shift.ShiftRepository;
import org.shegong.modules.volunteers.domain.model.shift.SignUp;
import org.shegong.modules.volunteers.domain.model.volunteer.Volunteer;
import org.shegong.platform.api.access.RequiresPermission;
import org.shegong.platform.api.identity.SignedIn;
import org.shegong.platform.api.records.RecordNotFoundException;
import org.shegong.platform.api.tenancy.CurrentTenant;
import org.shegong.platform.api.tenancy.TenantId;

/** Station staff's side of shifts: plan one, see its roster, show its check-in code, sign people up, record attendance. */
@ApplicationScoped
@Transactional
public class ShiftWork {

    @Inject
    ShiftRepository shifts;

    @Inject
    AttendanceRepository attendance;

    @Inject
    ShiftSignUps signUps;

    @Inject
    VolunteerRegistry registry;

    @Inject
    VolunteersSettings settings;

    @Inject
    SignedIn signedIn;

    @Inject
    CurrentTenant tenant;

    @Inject
    Clock clock;

    @RequiresPermission(VolunteersPermissions.MANAGE)
    public Shift plan(ShiftDetails d) {
        if (d.streetCode() == null || !signedIn.worksAt(d.streetCode())) {
            throw new Refusal("volunteers.refused.chooseOwnStation");
        }
        if (d.spots() == null) {
            throw new Refusal("volunteers.refused.enterSpots");
        }
        Duration grace = d.graceMinutes() == null ? settings.defaultGrace() : Duration.ofMinutes(d.graceMinutes());
        Shift shift = Shift.publish(clock.instant(), d.role(), d.skillsWanted(), d.streetCode(), d.activityId(), d.spots(),
                d.startsAt(), d.endsAt(), grace);
        shifts.store(shift);
        return shift;
    }

    @RequiresPermission(VolunteersPermissions.READ)
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Shift> upcoming() {
        return shifts.upcoming(signedIn.selectedStationCodes(), clock.instant().minus(Duration.ofDays(7)), 200);
    }

    @RequiresPermission(VolunteersPermissions.READ)
    @Transactional(Transactional.TxType.SUPPORTS)
    public Roster roster(long shiftId, java.util.Locale language) {
        Shift shift = mine(shiftId);
        List<SignUp> signed = shifts.signUpsOf(shiftId);
        List<Attendance> attended = attendance.ofShift(shiftId);
        java.util.Set<Long> ids = new java.util.HashSet<>();
        signed.forEach(s -> ids.add(s.getVolunteerId()));
        attended.forEach(a -> ids.add(a.getVolunteerId()));
        return new Roster(shift, signed, attended, registry.namesOf(ids, language));
    }

    private String checkInCode(Shift shift) {
        return new CheckInCode(tenant.current().map(TenantId::value).orElseThrow(), shift.getId(), shift.getStreetCode())
                .sign(settings.checkInKey());
    }

    /** The text of the shift's QR code (the portal's check-in URL carries it) with what its printed sheet shows. */
    @RequiresPermission(VolunteersPermissions.MANAGE)
    @Transactional(Transactional.TxType.SUPPORTS)
    public CheckInSheet checkInSheet(long shiftId) {
        Shift shift = mine(shiftId);
        return new CheckInSheet(shift.getId(), shift.getRole(), shift.getStartsAt(), shift.getEndsAt(),
                signedIn.stationName(shift.getStreetCode()), checkInCode(shift));
    }

    @RequiresPermission(VolunteersPermissions.MANAGE)
    public SignUp signUp(long shiftId, long volunteerId) {
        mine(shiftId);
        return signUps.signUp(shiftId, registry.mine(volunteerId));
    }

    @RequiresPermission(VolunteersPermissions.MANAGE)
    public Optional<SignUp> cancel(long shiftId, long volunteerId) {
        mine(shiftId);
        return signUps.cancel(shiftId, registry.mine(volunteerId));
    }

    /**
     * Staff record attendance in bulk (a paper list, people without phones): each volunteer in and
     * out at the given times, hours capped by the shift. All or nothing; someone already recorded is
     * refused by name.
     */
    @RequiresPermission(VolunteersPermissions.MANAGE)
    public List<Attendance> recordAttendance(long shiftId, List<Long> volunteerIds, Instant in, Instant out) {
        Shift shift = mine(shiftId);
        if (volunteerIds == null || volunteerIds.isEmpty()) {
            throw new Refusal("volunteers.refused.chooseVolunteers");
        }
        if (in == null || out == null) {
            throw new Refusal("volunteers.refused.enterTimes");
        }
        if (in.isAfter(clock.instant()) || out.isAfter(clock.instant())) {
            throw new Refusal("volunteers.refused.timesInFuture");
        }
        return volunteerIds.stream().distinct().map(id -> {
            Volunteer v = registry.mine(id);
            if (!v.getStreetCode().equals(shift.getStreetCode())) {
                throw new RecordNotFoundException("志愿者 volunteer", id);
            }
            if (attendance.of(shiftId, id).isPresent()) {
                throw new Refusal("volunteers.refused.alreadyRecorded", v.getName());
            }
            Attendance a = new Attendance(shiftId, shift.getStreetCode(), id, in);
            a.checkOut(shift, out);
            attendance.add(a);
            return a;
        }).toList();
    }

    /** A shift at one of my stations; another station's or operator's is not found. */
    Shift mine(long shiftId) {
        return shifts.find(shiftId).filter(s -> signedIn.worksAt(s.getStreetCode()))
                .orElseThrow(() -> new RecordNotFoundException("班次 shift", shiftId));
    }
}
