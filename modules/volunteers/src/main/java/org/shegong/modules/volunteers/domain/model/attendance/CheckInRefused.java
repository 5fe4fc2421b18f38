package org.shegong.modules.volunteers.domain.model.attendance;

import org.shegong.platform.api.records.Refusal;

/** A check-in the rules refuse: a bundle key with its arguments, said in each reader's language (a 400 on the API). */
public class CheckInRefused extends Refusal {

    private static final long serialVersionUID = 1L;

    public CheckInRefused(String key, Object... args) {
        super(key, args);
    }
}
