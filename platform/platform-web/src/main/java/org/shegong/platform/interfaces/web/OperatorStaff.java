package org.shegong.platform.interfaces.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import org.primefaces.component.datatable.DataTable;
import org.shegong.platform.api.audit.AuditRecord;
import org.shegong.platform.api.records.ConcurrentChangeException;
import org.shegong.platform.api.records.RecordNotFoundException;
import org.shegong.platform.application.staff.StaffLogins;
import org.shegong.platform.domain.model.staff.StaffRole;
import org.shegong.platform.domain.model.station.Station;
import org.shegong.platform.application.staff.StaffRoster;
import org.shegong.platform.application.staff.StaffRoster.CertifiedShare;
import org.shegong.platform.domain.model.staff.CertificateLevel;
import org.shegong.platform.domain.model.staff.LoginState;
import org.shegong.platform.domain.model.staff.StaffMember;

/**
 * An operator admin's staff list with certificates, and the certified share per station. The admin
 * records a certificate when someone passes the exam; the change and who made it stay on record.
 */
@Named
@ViewScoped
public class OperatorStaff implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient StaffRoster roster;

    @Inject
    transient StaffLogins logins;

    private transient List<StaffMember> members;
    private Set<Long> withoutAccount = Set.of();
    private Long editingId;
    private long editingVersion;
    private String editingName;
    private CertificateLevel level;
    private String number;
    private String phone;
    private List<AuditRecord> history = List.of();
    private Long loginFor;
    private String loginForName;
    private String loginName;
    private boolean addOpen;
    private String newName;
    private StaffRole newRole;
    private String newStreet;
    private CertificateLevel newLevel = CertificateLevel.NONE;
    private String newNumber;
    private String newPhone;

    /**
     * On opening, the login column is checked with Keycloak (one read for the operator's staff) and
     * the record corrected where they disagree; when Keycloak cannot be asked, the stored state is
     * shown with a notice.
     */
    public void load() {
        StaffLogins.LoginCheck check = logins.checkWithIdentityProvider();
        withoutAccount = check.withoutAccount();
        if (!check.checked() && logins.canManageLogins()) {
            Messages.warn(Messages.text("staff.login.notChecked"));
        }
        members = null;
    }

    /** The login state shown: 无登录 for a username Keycloak holds no account for, else the record's (checked on opening). */
    public LoginState loginState(StaffMember member) {
        return withoutAccount.contains(member.getId()) ? LoginState.NONE : member.getLoginState();
    }

    public List<StaffMember> getMembers() {
        if (members == null) {
            members = roster.all();
        }
        return members;
    }

    /** Called by the CSV exporter before it writes a row: the export is recorded with the rows it will hold. */
    public void exportingCsv(Object document) {
        roster.exporting(exportedRows(), "CSV");
    }

    /** As {@link #exportingCsv}, for the Excel export. */
    public void exportingExcel(Object document) {
        roster.exporting(exportedRows(), "Excel");
    }

    /** The rows the table shows and the exporter writes: the filtered ones while a column filter is set. */
    private int exportedRows() {
        UIComponent table = FacesContext.getCurrentInstance().getViewRoot().findComponent("staffForm:staff");
        List<?> filtered = table instanceof DataTable dataTable ? dataTable.getFilteredValue() : null;
        return filtered != null ? filtered.size() : getMembers().size();
    }

    public List<CertifiedShare> getShares() {
        return roster.certifiedShareByStation();
    }

    public void startEdit(StaffMember member) {
        editingId = member.getId();
        editingVersion = member.getVersion();
        editingName = member.getName();
        level = member.getCertificateLevel();
        number = member.getCertificateNumber();
        phone = member.getPhone();
        history = roster.history(member.getId());
    }

    public void save() {
        try {
            roster.updateCertificate(editingId, editingVersion, level, number, phone);
            Messages.info(Messages.text("common.saved") + " " + editingName);
            close();
            members = null;
            return;
        } catch (ConcurrentChangeException | RecordNotFoundException | IllegalArgumentException e) {
            Messages.error(e.getMessage());
        }
        FacesContext.getCurrentInstance().validationFailed();
    }

    public void close() {
        editingId = null;
        history = List.of();
    }

    /** Opens the form that adds a staff member. */
    public void startAdd() {
        addOpen = true;
        newName = null;
        newRole = StaffRole.SOCIAL_WORKER;
        newStreet = null;
        newLevel = CertificateLevel.NONE;
        newNumber = null;
        newPhone = null;
    }

    public void add() {
        try {
            StaffMember added = roster.add(newName, newRole, newStreet, newLevel, newNumber, newPhone);
            Messages.info(Messages.text("staff.add.done") + " " + added.getName());
            addOpen = false;
            members = null;
        } catch (IllegalArgumentException | IllegalStateException e) {
            Messages.refused(e);
        }
    }

    public void closeAdd() {
        addOpen = false;
    }

    public boolean isAddOpen() {
        return addOpen;
    }

    public StaffRole[] getRoles() {
        return StaffRole.values();
    }

    public List<Station> getStations() {
        return roster.stations();
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public StaffRole getNewRole() {
        return newRole;
    }

    public void setNewRole(StaffRole newRole) {
        this.newRole = newRole;
    }

    public String getNewStreet() {
        return newStreet;
    }

    public void setNewStreet(String newStreet) {
        this.newStreet = newStreet;
    }

    public CertificateLevel getNewLevel() {
        return newLevel;
    }

    public void setNewLevel(CertificateLevel newLevel) {
        this.newLevel = newLevel;
    }

    public String getNewNumber() {
        return newNumber;
    }

    public void setNewNumber(String newNumber) {
        this.newNumber = newNumber;
    }

    public String getNewPhone() {
        return newPhone;
    }

    public void setNewPhone(String newPhone) {
        this.newPhone = newPhone;
    }

    /** Opens the small form that gives this staff member a login. */
    public void startLogin(StaffMember member) {
        loginFor = member.getId();
        loginForName = member.getName();
        loginName = null;
    }

    /** Creates the login; its temporary password is shown once, to be handed over in person. */
    public void createLogin() {
        try {
            String password = logins.createLogin(loginFor, loginName);
            Messages.info(Messages.text("staff.login.created") + " " + loginName.strip() + " · "
                    + Messages.text("staff.login.temporaryPassword") + " " + password);
            loginFor = null;
            members = null;
        } catch (RecordNotFoundException | IllegalArgumentException | IllegalStateException e) {
            Messages.refused(e);
        }
    }

    /**
     * 重新开通登录 for a row shown as 无登录 though it has a login name (its account was deleted in Keycloak): the
     * same username again, with a temporary password shown once, as when the login was created.
     */
    public void recreateLogin(StaffMember member) {
        try {
            String password = logins.recreateLogin(member.getId());
            Messages.info(Messages.text("staff.login.recreated") + " " + member.getUsername() + " · "
                    + Messages.text("staff.login.temporaryPassword") + " " + password);
            withoutAccount = withoutAccount.stream().filter(id -> !id.equals(member.getId())).collect(java.util.stream.Collectors.toSet());
            members = null;
        } catch (RecordNotFoundException | IllegalArgumentException | IllegalStateException e) {
            Messages.refused(e);
        }
    }

    public void closeLogin() {
        loginFor = null;
    }

    /** The admin's own row offers no 停用登录: they would lock themselves out (the service refuses it too). */
    public boolean isOwn(StaffMember member) {
        return logins.isOwnLogin(member);
    }

    /** The leaver's login is disabled: they cannot sign in again, and open pages end at the next re-check. */
    public void disableLogin(StaffMember member) {
        try {
            logins.disableLogin(member.getId());
            Messages.info(Messages.text("staff.login.disabled") + member.getName());
            members = null;
        } catch (RecordNotFoundException | IllegalArgumentException | IllegalStateException e) {
            Messages.refused(e);
        }
    }

    /** The person came back: their disabled login is in use again, with the password they had. */
    public void enableLogin(StaffMember member) {
        try {
            logins.enableLogin(member.getId());
            Messages.info(Messages.text("staff.login.enabled") + member.getName());
            members = null;
        } catch (RecordNotFoundException | IllegalArgumentException | IllegalStateException e) {
            Messages.refused(e);
        }
    }

    public boolean isLoginsManaged() {
        return logins.canManageLogins();
    }

    public boolean isLoginFormOpen() {
        return loginFor != null;
    }

    public String getLoginForName() {
        return loginForName;
    }

    public String getLoginName() {
        return loginName;
    }

    public void setLoginName(String loginName) {
        this.loginName = loginName;
    }

    public boolean isFormOpen() {
        return editingId != null;
    }

    public CertificateLevel[] getLevels() {
        return CertificateLevel.values();
    }

    public String getEditingName() {
        return editingName;
    }

    public List<AuditRecord> getHistory() {
        return history;
    }

    public CertificateLevel getLevel() {
        return level;
    }

    public void setLevel(CertificateLevel level) {
        this.level = level;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }
}
