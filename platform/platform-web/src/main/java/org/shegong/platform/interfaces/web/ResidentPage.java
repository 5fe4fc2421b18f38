package org.shegong.platform.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.shegong.platform.api.audit.AuditAction;
import org.shegong.platform.api.audit.AuditRecord;
import org.shegong.platform.api.audit.AuditTrail;
import org.shegong.platform.api.identity.Role;
import org.shegong.platform.api.records.RecordNotFoundException;
import org.shegong.platform.application.identity.Access;
import org.shegong.platform.application.identity.AccessDeniedException;
import org.shegong.platform.application.identity.CurrentIdentity;
import org.shegong.platform.application.residents.ResidentRegistry;
import org.shegong.platform.domain.model.resident.Resident;

/**
 * One resident's page: what the register holds, what every module switched on knows (panels), and
 * who changed what. The ID number is masked; station leads and operator admins may reveal it, and
 * each reveal is written to the audit trail.
 */
@Named
@ViewScoped
public class ResidentPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ResidentRegistry registry;

    @Inject
    transient AuditTrail audit;

    @Inject
    transient CurrentIdentity currentIdentity;

    @Inject
    StationSelection selection;

    private Long id;
    private transient Resident resident;
    private String revealedIdNumber;
    private transient List<AuditRecord> history;

    /** Loads the resident of my stations (removed ones too, to be restored); anything else is "not found". */
    public void load() {
        history = null;
        resident = id == null ? null : registry.findInStreets(id, selection.stationStreets())
                .or(() -> registry.findRemovedInStreets(id, selection.stationStreets()))
                .orElse(null);
        if (id != null && resident == null) {
            Messages.error(new RecordNotFoundException(ResidentRegistry.KIND, id).getMessage());
        }
    }

    public Resident getResident() {
        if (resident == null && id != null) {
            load();
        }
        return resident;
    }

    public boolean isMayRevealIdNumber() {
        return currentIdentity.get().map(i -> i.has(Role.STATION_LEAD) || i.has(Role.OPERATOR_ADMIN)).orElse(false)
                && getResident() != null && getResident().getIdNumber() != null;
    }

    public void revealIdNumber() {
        if (!isMayRevealIdNumber()) {
            Messages.error("您无权查看完整身份证号 / you may not see the full ID number");
            return;
        }
        revealedIdNumber = getResident().getIdNumber().value();
        audit.record(ResidentRegistry.AUDIT_KIND, id, AuditAction.VIEWED, "查看完整身份证号");
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
            Messages.info("已恢复 / restored");
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
