package org.shegong.modules.childprotection.interfaces.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.ResourceBundle;
import org.shegong.modules.childprotection.application.ChildRegister;
import org.shegong.modules.childprotection.application.ResidentChild;
import org.shegong.modules.childprotection.domain.model.child.Child;
import org.shegong.modules.childprotection.domain.model.child.ChildCategory;
import org.shegong.modules.childprotection.domain.model.child.ChildDetails;
import org.shegong.modules.childprotection.domain.model.child.Guardian;
import org.shegong.modules.childprotection.domain.model.child.UnattendedReason;
import org.shegong.platform.api.web.PageMessages;

/**
 * 登记儿童档案 ({@code register.xhtml?residentId=N}), opened from the resident page's panel: the resident is
 * looked up once in the view action ({@link ChildRegister#onResident}; another station's or operator's resident is
 * the 404 page, a role that does no case work the 403 page), the form hands what was typed to
 * {@link ChildRegister#register}, which decides (under 18, not yet registered, the record's rules), and the new
 * child's file opens. A refusal is a message with its reason and keeps what was typed; a resident that turns out
 * not to be mine on the post (an id put into the address) is the 404 page, nothing written.
 */
@Named
@ViewScoped
public class RegisterChild implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String BUNDLE = "org.shegong.modules.childprotection.messages";

    @Inject
    transient ChildRegister register;

    private Long residentId;
    private transient ResidentChild resident;

    private ChildCategory category;
    private UnattendedReason unattendedReason;
    private boolean inSchool = true;
    private String school;
    private String grade;
    private String notInSchoolReason;
    private String childDirector;
    private String guardianName;
    private String guardianRelation;
    private String guardianPhone;
    private boolean guardianLegal = true;

    public void load() {
        resident = residentId == null ? null : register.onResident(residentId);
    }

    /** Registers the child and opens their file; a refusal stays on the form with its reason. */
    public String register() {
        Child child;
        try {
            child = register.register(residentId, new ChildDetails(category, unattendedReason, inSchool, school, grade, notInSchoolReason,
                    null, null, null, guardians(), childDirector));
        } catch (IllegalArgumentException refused) {
            PageMessages.refused(refused);
            return null;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().getFlash().setKeepMessages(true);
        PageMessages.info(ResourceBundle.getBundle(BUNDLE, faces.getViewRoot().getLocale()).getString("cp.register.done"));
        return "/childprotection/child?faces-redirect=true&id=" + child.getId();
    }

    /** The guardian typed, if any: none is fine (added later on the file), a half-typed one is the record's to refuse. */
    private List<Guardian> guardians() {
        boolean none = blank(guardianName) && blank(guardianRelation) && blank(guardianPhone);
        return none ? List.of() : List.of(new Guardian(guardianName, guardianRelation, guardianPhone, guardianLegal, null));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** The resident as the view action found them (read again if the view's state came back without it). */
    public ResidentChild getResident() {
        if (resident == null && residentId != null) {
            load();
        }
        return resident;
    }

    public ChildCategory[] getCategories() {
        return ChildCategory.values();
    }

    public UnattendedReason[] getUnattendedReasons() {
        return UnattendedReason.values();
    }

    public Long getResidentId() { return residentId; }
    public void setResidentId(Long v) { residentId = v; }
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
    public String getChildDirector() { return childDirector; }
    public void setChildDirector(String v) { childDirector = v; }
    public String getGuardianName() { return guardianName; }
    public void setGuardianName(String v) { guardianName = v; }
    public String getGuardianRelation() { return guardianRelation; }
    public void setGuardianRelation(String v) { guardianRelation = v; }
    public String getGuardianPhone() { return guardianPhone; }
    public void setGuardianPhone(String v) { guardianPhone = v; }
    public boolean isGuardianLegal() { return guardianLegal; }
    public void setGuardianLegal(boolean v) { guardianLegal = v; }
}
