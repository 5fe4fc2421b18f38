package org.shegong.platform.api.module;

import java.time.LocalDate;
import java.util.List;
import org.shegong.platform.api.directory.ResidentCard;
import org.shegong.platform.api.directory.StaffCard;

/**
 * The demo operator a module may seed its own demo records into: its residents and staff as the
 * platform seeded them, and today's date. Only demo descriptors (those asking for demo residents)
 * produce one.
 */
public record DemoWorld(LocalDate today, List<ResidentCard> residents, List<StaffCard> staff) {

    public DemoWorld {
        residents = List.copyOf(residents);
        staff = List.copyOf(staff);
    }
}
