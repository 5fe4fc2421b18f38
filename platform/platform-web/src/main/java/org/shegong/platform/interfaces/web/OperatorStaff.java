package org.shegong.platform.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.shegong.platform.application.staff.StaffRoster;
import org.shegong.platform.application.staff.StaffRoster.CertifiedShare;
import org.shegong.platform.domain.model.staff.StaffMember;

/** An operator admin's staff list with certificates, and the certified share per station. */
@Named
@RequestScoped
public class OperatorStaff {

    @Inject
    StaffRoster roster;

    private List<StaffMember> members;

    public List<StaffMember> getMembers() {
        if (members == null) {
            members = roster.all();
        }
        return members;
    }

    public List<CertifiedShare> getShares() {
        return roster.certifiedShareByStation();
    }
}
