package org.shegong.platform.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.shegong.platform.application.residents.imports.ImportCheck;
import org.shegong.platform.application.residents.imports.ImportMode;
import org.shegong.platform.application.residents.imports.ImportRefusedException;
import org.shegong.platform.application.residents.imports.ImportRow;
import org.shegong.platform.application.residents.imports.ResidentImport;
import org.shegong.platform.domain.model.region.Region;
import org.shegong.platform.infrastructure.excel.ResidentWorkbook;

/**
 * Importing residents from Excel: download the template, upload a filled-in file, see every bad
 * row with its reasons, then import all-or-nothing or the valid rows only, with a progress bar.
 */
@Named
@ViewScoped
public class ResidentImportPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** A register of 5,000 rows is far below this; anything larger is not a residents sheet. */
    private static final long MAX_BYTES = ResidentWorkbook.MAX_UPLOAD_BYTES;

    @Inject
    transient ResidentImport residentImport;

    @Inject
    transient ResidentWorkbook workbook;

    @Inject
    StationSelection selection;

    @Inject
    ImportProgress progress;

    private transient Part file;
    private String fileName;
    private ImportCheck check;
    private ImportMode mode = ImportMode.ALL_OR_NOTHING;
    private Integer imported;

    public StreamedContent getTemplate() {
        byte[] bytes = workbook.template(selection.getCommunities().stream().map(Region::getName).toList());
        return DefaultStreamedContent.builder().name("服务对象导入模板.xlsx").contentType(XLSX)
                .stream(() -> new ByteArrayInputStream(bytes)).build();
    }

    /** Reads and checks the uploaded file; writes nothing. */
    public void checkFile() {
        check = null;
        imported = null;
        if (file == null || file.getSize() == 0) {
            Messages.error(Messages.text("import.chooseFile"));
            return;
        }
        if (file.getSize() > MAX_BYTES) {
            Messages.error(Messages.text("upload.tooLarge"));
            return;
        }
        fileName = file.getSubmittedFileName();
        try (InputStream in = file.getInputStream()) {
            check = residentImport.check(workbook.read(in), selection.streets());
            if (check.isClean()) {
                Messages.info(Messages.format("import.allValid", check.rows().size()));
            } else {
                Messages.error(Messages.format("import.someInvalid", check.rows().size(), check.invalid().size()));
            }
        } catch (ImportRefusedException e) {
            Messages.error(org.shegong.platform.api.records.Reasons.text(e, ModuleTexts.locale()));
        } catch (IOException e) {
            Messages.error(Messages.text("import.unreadable"));
        }
    }

    /** Writes the checked rows in the chosen mode; on refusal nothing is written. */
    public void importRows() {
        if (check == null) {
            Messages.error(Messages.text("import.checkFirst"));
            return;
        }
        progress.start(mode == ImportMode.ALL_OR_NOTHING ? check.rows().size() : check.valid().size());
        try {
            imported = residentImport.apply(check, mode, progress::advance);
            Messages.info(check.isClean() ? Messages.format("import.imported", imported)
                    : Messages.format("import.importedSkipping", imported, check.invalid().size()));
            check = null;
        } catch (ImportRefusedException e) {
            Messages.error(org.shegong.platform.api.records.Reasons.text(e, ModuleTexts.locale()));
        }
    }

    public List<ImportRow> getBadRows() {
        return check == null ? List.of() : check.invalid();
    }

    /** Rows with something to look at: values made regular (as they will be stored), hidden rows, likely repeats. */
    public List<ImportRow> getNotedRows() {
        return check == null ? List.of() : check.noted();
    }

    /** Columns and sheets of the file that were not read, each named (said by the page in its language). */
    public List<org.shegong.platform.api.records.Reason> getUnread() {
        return check == null ? List.of() : check.unread();
    }

    public int getValidCount() {
        return check == null ? 0 : check.valid().size();
    }

    public int getRowCount() {
        return check == null ? 0 : check.rows().size();
    }

    public boolean isChecked() {
        return check != null;
    }

    public ImportMode[] getModes() {
        return ImportMode.values();
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public String getFileName() {
        return fileName;
    }

    public ImportMode getMode() {
        return mode;
    }

    public void setMode(ImportMode mode) {
        this.mode = mode == null ? ImportMode.ALL_OR_NOTHING : mode;
    }

    public Integer getImported() {
        return imported;
    }

}
