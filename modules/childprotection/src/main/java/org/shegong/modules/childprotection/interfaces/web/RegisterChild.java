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

    /** The record's fields this form asks (category, 62号 reason, school or why not, child director). */
    private final ChildRecordForm record = new ChildRecordForm();
    /** One guardian, optional; most children registered at the door have a legal guardian there. */
    private final GuardianForm guardian = new GuardianForm();

    public RegisterChild() {
        guardian.setLegalGuardian(true);
    }

    public void load() {
        resident = residentId == null ? null : register.onResident(residentId);
    }

    /** Registers the child and opens their file; a refusal stays on the form with its reason. */
    public String register() {
        Child child;
        try {
            child = register.register(residentId, record.details(guardians()));
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
        boolean none = blank(guardian.getName()) && blank(guardian.getRelation()) && blank(guardian.getPhone());
        return none ? List.of() : List.of(guardian.guardian());
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
    public ChildRecordForm getRecord() { return record; }
    public GuardianForm getGuardian() { return guardian; }
}
