package org.shegong.modules.volunteers.application;

import java.util.List;
import org.shegong.modules.volunteers.domain.model.attendance.Attendance;
import org.shegong.modules.volunteers.domain.model.shift.Shift;
import org.shegong.modules.volunteers.domain.model.shift.SignUp;

/** A shift with who signed up (in queue order) and who attended. */
public record Roster(Shift shift, List<SignUp> signUps, List<Attendance> attendance) {
}
