package org.shegong.modules.childprotection.interfaces.web;

import java.io.Serializable;
import java.util.List;
import org.shegong.modules.childprotection.domain.model.child.Child;
import org.shegong.modules.childprotection.domain.model.child.ChildCategory;
import org.shegong.modules.childprotection.domain.model.child.ChildDetails;
import org.shegong.modules.childprotection.domain.model.child.Guardian;
import org.shegong.modules.childprotection.domain.model.child.UnattendedReason;

/** A child's record as typed (the file's record tab, and 登记儿童档案): category with its 62号 reason, school or why not, health, household, child director. */
public class ChildRecordForm implements Serializable {
    private static final long serialVersionUID = 1L;
    private ChildCategory category;
    private UnattendedReason unattendedReason;
    private boolean inSchool = true;
    private String school;
    private String grade;
    private String notInSchoolReason;
    private String health;
    private String disability;
    private String household;
    private String childDirector;

    void fill(Child c) {
        category = c.getCategory();
        unattendedReason = c.getUnattendedReason();
        inSchool = c.isInSchool();
        school = c.getSchool();
        grade = c.getGrade();
        notInSchoolReason = c.getNotInSchoolReason();
        health = c.getHealth();
        disability = c.getDisability();
        household = c.getHousehold();
        childDirector = c.getChildDirector();
    }

    ChildDetails details(List<Guardian> guardians) {
        return new ChildDetails(category, unattendedReason, inSchool, school, grade, notInSchoolReason, health, disability, household,
                guardians, childDirector);
    }

    /** The stored record with other guardians: adding a guardian changes nothing else typed in the record tab. */
    ChildDetails detailsAsStored(Child c, List<Guardian> guardians) {
        return new ChildDetails(c.getCategory(), c.getUnattendedReason(), c.isInSchool(), c.getSchool(), c.getGrade(),
                c.getNotInSchoolReason(), c.getHealth(), c.getDisability(), c.getHousehold(), guardians, c.getChildDirector());
    }

    public ChildCategory getCategory() { return category; }
    public void setCategory(ChildCategory v) { category = v; }
    public UnattendedReason getUnattendedReason() { return unattendedReason; }
    public void setUnattendedReason(UnattendedReason v) { unattendedReason = v; }
    public boolean isInSchool() { return inSchool; }
    public void setInSchool(boolean v) { inSchool = v; }
    public String getSchool() { return school; }
    public void setSchool(String v) { school = v; }
    public String getGrade() { return grade; }
    public void setGrade(String v) { grade = v; }
    public String getNotInSchoolReason() { return notInSchoolReason; }
    public void setNotInSchoolReason(String v) { notInSchoolReason = v; }
    public String getHealth() { return health; }
    public void setHealth(String v) { health = v; }
    public String getDisability() { return disability; }
    public void setDisability(String v) { disability = v; }
    public String getHousehold() { return household; }
    public void setHousehold(String v) { household = v; }
    public String getChildDirector() { return childDirector; }
    public void setChildDirector(String v) { childDirector = v; }
}
