package org.shegong.modules.volunteers.domain.model.attendance;

/** A check-in the rules refuse; the message is the reason, Chinese first (a 400 on the API). */
public class CheckInRefused extends IllegalArgumentException {

    public CheckInRefused(String reason) {
        super(reason);
    }
}
