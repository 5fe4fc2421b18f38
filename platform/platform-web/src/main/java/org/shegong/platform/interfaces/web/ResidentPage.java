package org.shegong.platform.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.shegong.platform.api.audit.AuditRecord;
import org.shegong.platform.api.identity.Role;
import org.shegong.platform.api.records.RecordNotFoundException;
import org.shegong.platform.application.identity.Access;
import org.shegong.platform.application.identity.AccessDeniedException;
import org.shegong.platform.application.identity.CurrentIdentity;
import org.shegong.platform.application.residents.ResidentRegistry;
import org.shegong.platform.domain.model.resident.Resident;

/**
 * One resident's page: what the register holds, what every module switched on knows (panels), and
 * who changed what. Each opening of the page is a read recorded in the audit trail; the ID number is
 * masked, and station leads and operator admins may reveal it — the reveal is recorded before the
 * value reaches the page.
 */
@Named
@ViewScoped
public class ResidentPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ResidentRegistry registry;

    @Inject
    transient CurrentIdentity currentIdentity;

    @Inject
    StationSelection selection;

    private Long id;
    private transient Resident resident;
    private String revealedIdNumber;
    private transient List<AuditRecord> history;

    /**
     * Opens the resident of my stations (removed ones too, to be restored) — recorded as a read of
     * their record; anything else is "not found".
     */
    public void load() {
        history = null;
        resident = id == null ? null : registry.open(id, selection.stationStreets())
                .or(() -> registry.openRemoved(id, selection.stationStreets()))
                .orElse(null);
        // A missing or unseen resident is stated once, by the page's "not found" block, and answered 404 as
        // the module pages answer another station's or tenant's record.
        if (resident == null && id != null) {
            jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
        }
    }

    /** The resident opened by {@link #load()}, read again after a change on this page (not a new opening). */
    public Resident getResident() {
        if (resident == null && id != null) {
            resident = registry.findInStreets(id, selection.stationStreets())
                    .or(() -> registry.findRemovedInStreets(id, selection.stationStreets()))
                    .orElse(null);
        }
        return resident;
    }

    public boolean isMayRevealIdNumber() {
        return currentIdentity.get().map(i -> i.has(Role.STATION_LEAD) || i.has(Role.OPERATOR_ADMIN)).orElse(false)
                && getResident() != null && getResident().getIdNumber() != null;
    }

    public void revealIdNumber() {
        if (!isMayRevealIdNumber()) {
            Messages.error(Messages.text("resident.mayNotReveal"));
            return;
        }
        try {
            revealedIdNumber = registry.revealIdNumber(id, selection.stationStreets());
        } catch (RecordNotFoundException | AccessDeniedException e) {
            Messages.error(e.getMessage());
        }
        history = null;
    }

    /** Station leads and operator admins restore residents; the registry checks it again. */
    public boolean isMayRestore() {
        return currentIdentity.get().map(Access.STATION_MANAGEMENT::allows).orElse(false);
    }

    public void restore() {
        try {
            registry.restoreInStreets(id, selection.stationStreets());
            resident = null;
            history = null;
            Messages.info(Messages.text("resident.restored"));
        } catch (RecordNotFoundException | AccessDeniedException e) {
            Messages.error(e.getMessage());
        }
    }

    /** Read once per change of what the page shows: the table asks for it several times per render. */
    public List<AuditRecord> getHistory() {
        if (history == null) {
            history = getResident() == null ? List.of() : registry.history(id);
        }
        return history;
    }

    public String getRevealedIdNumber() {
        return revealedIdNumber;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
