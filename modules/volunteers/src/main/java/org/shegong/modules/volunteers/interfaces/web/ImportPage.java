package org.shegong.modules.volunteers.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import java.util.TreeSet;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.shegong.modules.volunteers.application.RosterImport;
import org.shegong.modules.volunteers.domain.model.volunteer.AffiliationKind;
import org.shegong.platform.api.identity.SignedIn;
import org.shegong.platform.api.records.Reasons;
import org.shegong.platform.api.web.PageMessages;
import org.shegong.platform.api.workbook.WorkbookRows;

/**
 * Importing a class list or a company roster (导入志愿者名单): the template, the uploaded file
 * checked row by row (nothing written), then all rows or the valid ones only, with a progress bar
 * while the rows are written. The platform's import pattern; the rules are {@link RosterImport}'s.
 */
@Named
@ViewScoped
public class ImportPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    transient RosterImport imports;

    @Inject
    transient SignedIn signedIn;

    @Inject
    RosterImportProgress progress;

    private transient Part file;
    private String streetCode;
    private AffiliationKind kind = AffiliationKind.UNIVERSITY;
    private String affiliation;
    private RosterImport.Check check;
    private RosterImport.Mode mode = RosterImport.Mode.ALL_OR_NOTHING;

    public StreamedContent getTemplate() {
        byte[] bytes = imports.template();
        return DefaultStreamedContent.builder().name("志愿者名单导入模板.xlsx").contentType(XLSX)
                .stream(() -> new ByteArrayInputStream(bytes)).build();
    }

    /** Reads and checks the uploaded file; writes nothing. */
    public void checkFile() {
        check = null;
        if (file == null || file.getSize() == 0) {
            PageMessages.refused("volunteers.refused.chooseFileToImport");
            return;
        }
        if (file.getSize() > WorkbookRows.MAX_UPLOAD_BYTES) {
            PageMessages.refused("volunteers.refused.fileTooLarge");
            return;
        }
        try (InputStream in = file.getInputStream()) {
            PageMessages.attempt(() -> check = imports.check(in, streetCode, kind, affiliation));
        } catch (IOException e) {
            PageMessages.refused("volunteers.refused.fileUnreadable");
        }
    }

    /** Registers the checked rows in the chosen mode; refused, nothing is written. */
    public void importRows() {
        int[] written = {0};
        progress.start(check == null ? 0 : check.validCount());
        if (PageMessages.attempt(() -> written[0] = imports.apply(check, mode, progress::advance))) {
            PageMessages.info(Reasons.text("volunteers.done.imported", List.of(written[0]), PageMessages.locale()));
            check = null;
        }
    }

    public List<String> getStations() {
        return List.copyOf(new TreeSet<>(signedIn.selectedStationCodes()));
    }

    public List<AffiliationKind> getKinds() {
        return List.of(AffiliationKind.values());
    }

    public RosterImport.Mode[] getModes() {
        return RosterImport.Mode.values();
    }

    public List<RosterImport.Line> getLines() {
        return check == null ? List.of() : check.lines();
    }

    /** What of the file was not read, each said by the page in its language. */
    public List<org.shegong.platform.api.records.Reason> getUnread() {
        return check == null ? List.of() : check.unread();
    }

    public boolean isChecked() {
        return check != null;
    }

    public long getValidCount() {
        return check == null ? 0 : check.validCount();
    }

    public long getInvalidCount() {
        return check == null ? 0 : check.invalidCount();
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public String getStreetCode() {
        return streetCode;
    }

    public void setStreetCode(String streetCode) {
        this.streetCode = streetCode;
    }

    public AffiliationKind getKind() {
        return kind;
    }

    public void setKind(AffiliationKind kind) {
        this.kind = kind;
    }

    public String getAffiliation() {
        return affiliation;
    }

    public void setAffiliation(String affiliation) {
        this.affiliation = affiliation;
    }

    public RosterImport.Mode getMode() {
        return mode;
    }

    public void setMode(RosterImport.Mode mode) {
        this.mode = mode;
    }
}
