package org.shegong.platform.interfaces.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.util.List;
import org.shegong.platform.api.audit.AuditRecord;
import org.shegong.platform.api.identity.Role;
import org.shegong.platform.api.records.ConcurrentChangeException;
import org.shegong.platform.api.records.RecordNotFoundException;
import org.shegong.platform.application.identity.CurrentIdentity;
import org.shegong.platform.application.partners.PartnerDetails;
import org.shegong.platform.application.partners.PartnerDirectory;
import org.shegong.platform.domain.model.partner.Partner;
import org.shegong.platform.domain.model.partner.PartnerType;

/**
 * The operator's partners, for station staff looking for a hospital, a sponsor or volunteers.
 * Station leads and operator admins register and change them; a lost race is said plainly and the
 * form keeps what was typed.
 */
@Named
@ViewScoped
public class StationPartners implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PartnerDirectory directory;

    @Inject
    transient CurrentIdentity currentIdentity;

    private transient List<Partner> partners;
    private boolean formOpen;
    private Long editingId;
    private long editingVersion;
    private String name;
    private PartnerType type;
    private String contactPerson;
    private String contactPhone;
    private String provides;
    private List<AuditRecord> history = List.of();

    public List<Partner> getPartners() {
        if (partners == null) {
            partners = directory.all();
        }
        return partners;
    }

    public boolean isMayEdit() {
        return currentIdentity.get().map(i -> i.has(Role.STATION_LEAD) || i.has(Role.OPERATOR_ADMIN)).orElse(false);
    }

    public void startNew() {
        clear();
        formOpen = true;
    }

    public void startEdit(Partner partner) {
        clear();
        editingId = partner.getId();
        editingVersion = partner.getVersion();
        name = partner.getName();
        type = partner.getType();
        contactPerson = partner.getContactPerson();
        contactPhone = partner.getContactPhone();
        provides = partner.getProvides();
        history = directory.history(partner.getId());
        formOpen = true;
    }

    public void save() {
        if (!isMayEdit()) {
            Messages.error(Messages.text("partners.mayNotEdit"));
            return;
        }
        PartnerDetails details = new PartnerDetails(name, type, contactPerson, contactPhone, provides);
        try {
            if (editingId == null) {
                directory.register(details);
                Messages.info(Messages.text("partners.registered") + " " + name);
            } else {
                directory.update(editingId, editingVersion, details);
                Messages.info(Messages.text("common.saved") + " " + name);
            }
            clear();
            partners = null;
            return;
        } catch (ConstraintViolationException e) {
            for (ConstraintViolation<?> v : e.getConstraintViolations()) {
                Messages.error(org.shegong.platform.api.records.Reasons.violation(v, ModuleTexts.locale()));
            }
        } catch (ConcurrentChangeException | RecordNotFoundException | IllegalArgumentException e) {
            Messages.error(e.getMessage());
        }
        FacesContext.getCurrentInstance().validationFailed();
    }

    public void close() {
        clear();
    }

    private void clear() {
        formOpen = false;
        editingId = null;
        name = contactPerson = contactPhone = provides = null;
        type = null;
        history = List.of();
    }

    public PartnerType[] getTypes() {
        return PartnerType.values();
    }

    public boolean isFormOpen() {
        return formOpen;
    }

    public boolean isEditing() {
        return editingId != null;
    }

    public List<AuditRecord> getHistory() {
        return history;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public PartnerType getType() {
        return type;
    }

    public void setType(PartnerType type) {
        this.type = type;
    }

    public String getContactPerson() {
        return contactPerson;
    }

    public void setContactPerson(String contactPerson) {
        this.contactPerson = contactPerson;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public String getProvides() {
        return provides;
    }

    public void setProvides(String provides) {
        this.provides = provides;
    }
}
