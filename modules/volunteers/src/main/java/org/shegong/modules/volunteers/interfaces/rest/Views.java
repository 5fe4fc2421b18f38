package org.shegong.modules.volunteers.interfaces.rest;

import org.shegong.platform.api.directory.PhoneMask;
import org.shegong.platform.api.directory.StaffCards;
import org.shegong.platform.api.audit.Said;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.shegong.modules.volunteers.application.MyVolunteering;
import org.shegong.modules.volunteers.application.TimeBank;
import org.shegong.modules.volunteers.domain.model.attendance.Attendance;
import org.shegong.modules.volunteers.domain.model.attendance.AttendanceCorrection;
import org.shegong.modules.volunteers.domain.model.shift.Shift;
import org.shegong.modules.volunteers.domain.model.shift.SignUp;
import org.shegong.modules.volunteers.domain.model.timebank.LedgerEntry;
import org.shegong.modules.volunteers.domain.model.volunteer.Volunteer;

/** What the volunteers API answers: codes with their labels beside them, times in Asia/Shanghai. */
public final class Views {

    static final ZoneId STATIONS = ZoneId.of("Asia/Shanghai");

    private Views() {
    }

    static LocalDateTime local(Instant at) {
        return at == null ? null : LocalDateTime.ofInstant(at, STATIONS);
    }

    static Instant instant(LocalDateTime at) {
        return at == null ? null : at.atZone(STATIONS).toInstant();
    }

    public record VolunteerView(long id, String volunteerNumber, String name, String gender, String genderLabel, String idNumberMasked,
                         String phone, String affiliationKind, String affiliationKindLabel, String affiliationName,
                         Set<String> skills, String availability, String emergencyContact, String streetCode, String login,
                         String status, String statusLabel) {
        /** One volunteer, as their own record is read: the phone in full. */
        static VolunteerView of(Volunteer v) {
            return of(v, v.getPhone());
        }

        /** A volunteer in a list (the registry's search): the phone masked, as every list of people masks it ({@link PhoneMask}). */
        static VolunteerView listed(Volunteer v) {
            return of(v, PhoneMask.of(v.getPhone()));
        }

        private static VolunteerView of(Volunteer v, String phone) {
            return new VolunteerView(v.getId(), v.getVolunteerNumber(), v.getName(), v.getGender().name(), v.getGender().label(),
                    v.getIdNumberMasked(), phone, v.getAffiliationKind().name(), v.getAffiliationKind().label(),
                    v.getAffiliationName(), v.getSkills(), v.getAvailability(), v.getEmergencyContact(), v.getStreetCode(),
                    v.getLogin(), v.getStatus().name(), v.getStatus().label());
        }
    }

    public record ShiftView(long id, String role, String skillsWanted, String streetCode, Long activityId, int spots,
                     LocalDateTime startsAt, LocalDateTime endsAt, int graceMinutes) {
        static ShiftView of(Shift s) {
            return new ShiftView(s.getId(), s.getRole(), s.getSkillsWanted(), s.getStreetCode(), s.getActivityId(), s.getSpots(),
                    local(s.getStartsAt()), local(s.getEndsAt()), s.getGraceMinutes());
        }
    }

    public record SignUpView(long id, long shiftId, long volunteerId, String status, String statusLabel) {
        static SignUpView of(SignUp s) {
            return new SignUpView(s.getId(), s.getShiftId(), s.getVolunteerId(), s.getStatus().name(), s.getStatus().label());
        }
    }

    /** {@code confirmedBy} is the staff member's login (an id), {@code confirmedByName} the name to show. */
    public record AttendanceView(long id, long shiftId, long volunteerId, LocalDateTime checkedInAt, LocalDateTime checkedOutAt,
                          long minutes, String status, String statusLabel, String confirmedBy, String confirmedByName) {
        static AttendanceView of(Attendance a, StaffCards staff) {
            return new AttendanceView(a.getId(), a.getShiftId(), a.getVolunteerId(), local(a.getCheckedInAt()),
                    local(a.getCheckedOutAt()), a.getMinutes(), a.getStatus().name(), a.getStatus().label(), a.getConfirmedBy(),
                    nameOf(a.getConfirmedBy(), staff));
        }
    }

    /** {@code correctedBy} is the staff member's login (an id), {@code correctedByName} the name to show. */
    public record CorrectionView(long id, long fromMinutes, long toMinutes, String reason, String correctedBy,
                                 String correctedByName, LocalDateTime at) {
        static CorrectionView of(AttendanceCorrection c, StaffCards staff) {
            return new CorrectionView(c.getId(), c.getFromMinutes(), c.getToMinutes(), c.getReason(), c.getCorrectedBy(),
                    nameOf(c.getCorrectedBy(), staff), local(c.getCreatedAt()));
        }
    }

    /** A staff member's name by login; null when there is no login or the operator has no such staff member. */
    private static String nameOf(String login, StaffCards staff) {
        return login == null ? null : staff.nameOf(login).orElse(null);
    }

    public record RosterView(ShiftView shift, List<SignUpView> signUps, List<AttendanceView> attendance) {
    }

    public record EntryView(String transferId, String account, long minutes, String memo, LocalDateTime at) {
        /** The note in the request's language (a system note is a bundle phrase, a typed purpose as typed). */
        static EntryView of(LedgerEntry e, java.util.Locale language) {
            return new EntryView(e.getTransferId(), e.getAccountCode(), e.getMinutes(), Said.say(e.getMemo(), language), local(e.getCreatedAt()));
        }
    }

    public record BalanceView(long minutes, long cachedMinutes, List<EntryView> history) {
        static BalanceView of(TimeBank.Balance b, java.util.Locale language) {
            return new BalanceView(b.ledgerMinutes(), b.cachedMinutes(), b.history().stream().map(e -> EntryView.of(e, language)).toList());
        }
    }

    public record HoursView(Map<String, Long> minutesByOperator, List<OperatorHoursView> operators, long totalMinutes) {
        static HoursView of(List<MyVolunteering.OperatorHours> hours) {
            Map<String, Long> byCode = new java.util.TreeMap<>();
            hours.forEach(h -> byCode.put(h.code(), h.minutes()));
            return new HoursView(byCode, hours.stream().map(h -> new OperatorHoursView(h.code(), h.name(), h.minutes())).toList(),
                    byCode.values().stream().mapToLong(Long::longValue).sum());
        }
    }

    public record OperatorHoursView(String code, String name, long minutes) {
    }
}
