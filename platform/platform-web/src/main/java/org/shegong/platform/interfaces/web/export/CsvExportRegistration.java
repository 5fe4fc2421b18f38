package org.shegong.platform.interfaces.web.export;

import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.util.concurrent.atomic.AtomicBoolean;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.component.export.DataExporters;

/**
 * Makes {@link SafeCsvExporter} the CSV export of every data table. PrimeFaces keeps its exporters
 * in its application context, which on Liberty can only be built during a request (at start-up it
 * asks for the session cookie settings, which a start-up listener may not read), so this registers
 * once, at the start of the first Faces request, before any page can export.
 */
public class CsvExportRegistration implements PhaseListener {

    private static final long serialVersionUID = 1L;
    private static final AtomicBoolean REGISTERED = new AtomicBoolean();

    @Override
    public void beforePhase(PhaseEvent event) {
        if (!REGISTERED.get()) {
            synchronized (REGISTERED) {
                if (!REGISTERED.get()) {
                    DataExporters.register(DataTable.class, SafeCsvExporter.class, "csv");
                    REGISTERED.set(true);
                }
            }
        }
    }

    @Override
    public void afterPhase(PhaseEvent event) {
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }
}
