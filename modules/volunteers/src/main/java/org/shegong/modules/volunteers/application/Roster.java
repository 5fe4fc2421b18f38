package org.shegong.modules.volunteers.application;

import java.util.List;
import org.shegong.modules.volunteers.domain.model.attendance.Attendance;
import org.shegong.modules.volunteers.domain.model.shift.Shift;
import org.shegong.modules.volunteers.domain.model.shift.SignUp;

/** A shift with who signed up (in queue order) and who attended. */
/** Names by volunteer id, for showing people rather than numbers. */
public record Roster(Shift shift, List<SignUp> signUps, List<Attendance> attendance, java.util.Map<Long, String> names) {
}
