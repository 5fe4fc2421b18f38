package org.shegong.modules.volunteers.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.shegong.modules.volunteers.application.Certificates;
import org.shegong.modules.volunteers.application.HoursSummaries;
import org.shegong.platform.api.web.PageMessages;

/** The volunteer's own certificates on their portal, read once per view, and the summary of hours they may ask for. */
@Named
@ViewScoped
public class MyCertificatesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Certificates certificates;

    @Inject
    transient HoursSummaries summaries;

    private List<CertificatesPage.Row> rows;

    public List<CertificatesPage.Row> getRows() {
        if (rows == null) {
            rows = certificates.myCertificates().stream().map(CertificatesPage.Row::of).toList();
        }
        return rows;
    }

    public void download(long id) {
        Certificates.Paper[] paper = new Certificates.Paper[1];
        if (PageMessages.attempt(() -> paper[0] = certificates.downloadMine(id))) {
            PdfDownload.send(paper[0]);
        }
    }

    /** Issues my cross-operator summary of hours and answers the post with its PDF. */
    public void requestSummary() {
        Certificates.Paper[] paper = new Certificates.Paper[1];
        if (PageMessages.attempt(() -> paper[0] = summaries.download(summaries.request().getId()))) {
            PdfDownload.send(paper[0]);
        }
    }
}
