package org.shegong.modules.volunteers.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.shegong.modules.volunteers.domain.model.attendance.Attendance;
import org.shegong.modules.volunteers.domain.model.attendance.AttendanceRepository;
import org.shegong.modules.volunteers.domain.model.attendance.CheckInCode;
import org.shegong.modules.volunteers.domain.model.attendance.CheckInRefused;
import org.shegong.modules.volunteers.domain.model.attendance.AttendanceStatus;
import org.shegong.modules.volunteers.domain.model.shift.Reminders;
import org.shegong.modules.volunteers.domain.model.shift.Shift;
import org.shegong.modules.volunteers.domain.model.shift.SignUpStatus;
import org.shegong.modules.volunteers.domain.model.shift.ShiftRepository;
import org.shegong.modules.volunteers.domain.model.shift.SignUp;
import org.shegong.modules.volunteers.domain.model.volunteer.Volunteer;
import org.shegong.modules.volunteers.domain.model.volunteer.VolunteerRepository;
import org.shegong.platform.api.access.RequiresPermission;
import org.shegong.platform.api.directory.OperatorNames;
import org.shegong.platform.api.directory.StationCard;
import org.shegong.platform.api.directory.StationCards;
import org.shegong.platform.api.identity.SignedIn;
import org.shegong.platform.api.records.RecordNotFoundException;
import org.shegong.platform.api.records.Refusal;
import org.shegong.platform.api.tenancy.CurrentTenant;
import org.shegong.platform.api.tenancy.TenantId;

/**
 * The volunteer's own portal (我的志愿服务): found by their login in their operator's registry;
 * opportunities at their station, sign-up and cancel, check-in and check-out by the shift's code,
 * their hours at every operator they serve and their time-bank balance.
 */
@ApplicationScoped
@Transactional
public class MyVolunteering {

    @Inject
    VolunteerRepository volunteers;

    @Inject
    ShiftRepository shifts;

    @Inject
    AttendanceRepository attendance;

    @Inject
    ShiftSignUps signUps;

    @Inject
    TimeBank timeBank;

    @Inject
    OneIdentity identity;

    @Inject
    VolunteersSettings settings;

    @Inject
    SignedIn signedIn;

    @Inject
    CurrentTenant tenant;

    @Inject
    Clock clock;

    @Inject
    OperatorNames operatorNames;

    @Inject
    StationCards stations;

    /** An operator I serve, by its name, with my confirmed minutes there. */
    public record OperatorHours(String code, String name, long minutes) {
    }

    /** What my page reminds me of: my next shift within 48 hours, and my minutes awaiting confirmation. */
    public record MyReminders(Optional<Shift> nextShift, long awaitingMinutes) {
    }

    /** Me, as this operator registered me; a login no volunteer record names is "not found". */
    @RequiresPermission(VolunteersPermissions.PORTAL)
    @Transactional(Transactional.TxType.SUPPORTS)
    public Volunteer me() {
        return volunteers.byLogin(signedIn.username())
                .orElseThrow(() -> new RecordNotFoundException("志愿者 volunteer", signedIn.username()));
    }

    @RequiresPermission(VolunteersPermissions.PORTAL)
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Shift> opportunities() {
        return shifts.upcoming(Set.of(me().getStreetCode()), clock.instant(), 50);
    }

    @RequiresPermission(VolunteersPermissions.PORTAL)
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SignUp> mySignUps() {
        return shifts.signUpsOfVolunteer(me().getId());
    }

    @RequiresPermission(VolunteersPermissions.PORTAL)
    public SignUp signUp(long shiftId) {
        return signUps.signUp(shiftId, me());
    }

    @RequiresPermission(VolunteersPermissions.PORTAL)
    public Optional<SignUp> cancel(long shiftId) {
        return signUps.cancel(shiftId, me());
    }

    /**
     * Whether the check-in page's address carries a code this platform signed: one it never signed (garbled, cut
     * short, edited, empty, none) names no shift, so it is "not found" — the 404 page — before any button is offered.
     * A signed code is left to {@link #checkIn} and {@link #checkOut}, whose refusals (another operator's or
     * station's shift, outside the window) say why: the volunteer holds a code a station gave out, and they confirm
     * nothing its signature does not prove already.
     */
    @RequiresPermission(VolunteersPermissions.PORTAL)
    @Transactional(Transactional.TxType.SUPPORTS)
    public void requireSignedCode(String code) {
        try {
            CheckInCode.verify(code, settings.checkInKey());
        } catch (CheckInRefused forged) {
            throw new RecordNotFoundException("签到码 check-in code", "—");
        }
    }

    /**
     * The shift a signed code of this operator names, as its check-in page shows it to me (see {@link ShiftToCheckIn}),
     * with my check-in and check-out if I have them. A code the platform never signed is not found; another
     * operator's code, or one naming no shift of the station it names, is refused with the reason, as checking in
     * with it would be.
     */
    @RequiresPermission(VolunteersPermissions.PORTAL)
    @Transactional(Transactional.TxType.SUPPORTS)
    public ShiftToCheckIn shiftToCheckIn(String code) {
        requireSignedCode(code);
        Shift shift = shiftOfCode(code);
        Optional<Attendance> mine = volunteers.byLogin(signedIn.username()).flatMap(me -> attendance.of(shift.getId(), me.getId()));
        Optional<StationCard> station = stations.ofStreet(shift.getStreetCode());
        return new ShiftToCheckIn(shift.getRole(), shift.getStartsAt(), shift.getEndsAt(),
                station.map(StationCard::name).orElse(null), station.map(StationCard::address).orElse(null),
                mine.map(Attendance::getCheckedInAt).orElse(null), mine.map(Attendance::getCheckedOutAt).orElse(null));
    }

    /**
     * Checks me in with a shift's code: ours (signature), this operator's, the shift at the station
     * the code names, now inside the window with its grace, and only once — two scans at the same
     * moment meet the unique key and the second is refused as a repeat.
     */
    @RequiresPermission(VolunteersPermissions.PORTAL)
    public Attendance checkIn(String code) {
        Volunteer me = me();
        Shift shift = shiftOfCode(code);
        Instant now = clock.instant();
        if (!shift.openAt(now)) {
            throw new CheckInRefused("volunteers.refused.outsideWindow", shift.getGraceMinutes());
        }
        if (!shift.getStreetCode().equals(me.getStreetCode())) {
            throw new CheckInRefused("volunteers.refused.otherStation");
        }
        if (attendance.of(shift.getId(), me.getId()).isPresent()) {
            throw new CheckInRefused("volunteers.refused.alreadyCheckedIn");
        }
        Attendance a = new Attendance(shift.getId(), shift.getStreetCode(), me.getId(), now);
        try {
            attendance.add(a);
        } catch (PersistenceException e) {
            // The other scan of the same moment inserted first: one check-in, this one is the repeat.
            throw new CheckInRefused("volunteers.refused.alreadyCheckedIn");
        }
        return a;
    }

    @RequiresPermission(VolunteersPermissions.PORTAL)
    public Attendance checkOut(String code) {
        Volunteer me = me();
        Shift shift = shiftOfCode(code);
        Instant now = clock.instant();
        if (!shift.openAt(now)) {
            throw new CheckInRefused("volunteers.refused.outsideCheckOutWindow");
        }
        Attendance a = attendance.of(shift.getId(), me.getId())
                .orElseThrow(() -> new CheckInRefused("volunteers.refused.notCheckedIn"));
        a.checkOut(shift, now);
        attendance.store(a);
        return a;
    }

    @RequiresPermission(VolunteersPermissions.PORTAL)
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Attendance> myAttendance() {
        return attendance.ofVolunteer(me().getId());
    }

    /** My confirmed minutes at each operator I serve (this one and others), by operator code. */
    @RequiresPermission(VolunteersPermissions.PORTAL)
    public Map<String, Long> myMinutesByOperator() {
        return identity.minutesByOperator(me().getIdNumberIndex());
    }

    /** My confirmed minutes at each operator I serve, each operator by its name (the platform's). */
    @RequiresPermission(VolunteersPermissions.PORTAL)
    public List<OperatorHours> myHoursByOperator() {
        return identity.minutesByOperator(me().getIdNumberIndex()).entrySet().stream()
                .map(e -> new OperatorHours(e.getKey(), operatorNames.nameOf(e.getKey()), e.getValue())).toList();
    }

    @RequiresPermission(VolunteersPermissions.PORTAL)
    @Transactional(Transactional.TxType.SUPPORTS)
    public MyReminders myReminders() {
        Volunteer me = me();
        Map<Shift, SignUpStatus> mine = new java.util.HashMap<>();
        shifts.signUpsOfVolunteer(me.getId()).forEach(s -> shifts.find(s.getShiftId()).ifPresent(shift -> mine.put(shift, s.getStatus())));
        long awaiting = Reminders.awaitingMinutes(attendance.ofVolunteer(me.getId()).stream()
                .filter(a -> a.getStatus() != AttendanceStatus.CONFIRMED).map(Attendance::getMinutes).toList());
        return new MyReminders(Reminders.nextShift(clock.instant(), mine), awaiting);
    }

    @RequiresPermission(VolunteersPermissions.PORTAL)
    @Transactional(Transactional.TxType.SUPPORTS)
    public TimeBank.Balance myBalance() {
        return timeBank.balance(me());
    }

    /**
     * Spends or donates my credits myself, at this operator or at another I serve, through the same
     * time bank as staff (no balance below zero; each transfer two entries summing to zero). At
     * another operator the credits are sent there and, as that bank books them, spent or donated
     * under my purpose: the send stands in this operator's ledger, the spend in that one's.
     */
    @RequiresPermission(VolunteersPermissions.PORTAL)
    public List<org.shegong.modules.volunteers.domain.model.timebank.LedgerEntry> useMyCredits(String operator,
            TimeBank.CreditUse use, long minutes, String purpose) {
        if (use == null) {
            throw new Refusal("volunteers.refused.creditUse");
        }
        Volunteer me = me();
        String at = operator == null || operator.isBlank() ? identity.me() : operator.strip();
        if (at.equals(identity.me())) {
            return use == TimeBank.CreditUse.SERVICE ? timeBank.spend(me, minutes, purpose) : timeBank.donate(me, minutes, purpose);
        }
        return timeBank.sendToOperator(me, at, minutes, purpose, use);
    }

    private Shift shiftOfCode(String code) {
        CheckInCode c = CheckInCode.verify(code, settings.checkInKey());
        if (!c.tenant().equals(tenant.current().map(TenantId::value).orElse(null))) {
            throw new CheckInRefused("volunteers.refused.otherOperator");
        }
        Shift shift = shifts.find(c.shiftId()).orElseThrow(() -> new CheckInRefused("volunteers.refused.invalidCode"));
        if (!shift.getStreetCode().equals(c.streetCode())) {
            throw new CheckInRefused("volunteers.refused.invalidCode");
        }
        return shift;
    }
}
