package org.shegong.modules.childprotection.interfaces.web;

import java.io.Serializable;
import org.shegong.modules.childprotection.domain.model.child.Guardian;

/** A guardian or carer to add. */
public class GuardianForm implements Serializable {
    private static final long serialVersionUID = 1L;
    private String name;
    private String relation;
    private String phone;
    private boolean legalGuardian;
    private String situation;

    Guardian guardian() {
        return new Guardian(name, relation, phone, legalGuardian, situation);
    }

    void clear() {
        name = null;
        relation = null;
        phone = null;
        legalGuardian = false;
        situation = null;
    }

    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public String getRelation() { return relation; }
    public void setRelation(String v) { relation = v; }
    public String getPhone() { return phone; }
    public void setPhone(String v) { phone = v; }
    public boolean isLegalGuardian() { return legalGuardian; }
    public void setLegalGuardian(boolean v) { legalGuardian = v; }
    public String getSituation() { return situation; }
    public void setSituation(String v) { situation = v; }
}
