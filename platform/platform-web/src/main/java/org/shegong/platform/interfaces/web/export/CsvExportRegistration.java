package org.shegong.platform.interfaces.web.export;

import jakarta.faces.application.Application;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.component.export.DataExporters;

/**
 * Makes {@link SafeCsvExporter} the CSV export of every data table, once the Faces application is
 * built (registered in faces-config.xml for {@code PostConstructApplicationEvent}: PrimeFaces keeps
 * its exporters in its application context, which needs a FacesContext).
 */
public class CsvExportRegistration implements SystemEventListener {

    @Override
    public void processEvent(SystemEvent event) {
        try {
            DataExporters.register(DataTable.class, SafeCsvExporter.class, "csv");
        } catch (RuntimeException e) {
            // Pages still work; exports would then be PrimeFaces' own (HardeningIT notices).
            java.util.logging.Logger.getLogger(CsvExportRegistration.class.getName())
                    .log(java.util.logging.Level.SEVERE, "CSV exports are not neutralised", e);
        }
    }

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof Application;
    }
}
