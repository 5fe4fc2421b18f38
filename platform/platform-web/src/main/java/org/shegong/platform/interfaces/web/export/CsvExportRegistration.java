package org.shegong.platform.interfaces.web.export;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.component.export.DataExporters;

/** Makes {@link SafeCsvExporter} the CSV export of every data table, once, when the application starts. */
@WebListener
public class CsvExportRegistration implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        DataExporters.register(DataTable.class, SafeCsvExporter.class, "csv");
    }
}
