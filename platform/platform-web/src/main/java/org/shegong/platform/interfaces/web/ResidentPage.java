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
     * Opens the resident the address names ({@code ?id=}, read by the {@code shegong.recordId} converter) among my
     * stations' (removed ones too, to be restored) — recorded as a read of their record. Any other — unknown,
     * another station's or operator's, or an id that names no record at all — leaves the view action as
     * {@link RecordNotFoundException}: the portal's 404 page, as every record page answers. No id: the page
     * points to the list.
     */
    public void load() {
        history = null;
        resident = id == null ? null : registry.open(id, selection.stationStreets())
                .or(() -> registry.openRemoved(id, selection.stationStreets()))
                .orElseThrow(() -> new RecordNotFoundException(ResidentRegistry.KIND, id));
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
