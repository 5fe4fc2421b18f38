package org.shegong.modules.volunteers.interfaces.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.shegong.modules.volunteers.application.Certificates;

/** Sends a certificate's PDF as the answer to a page's full (non-AJAX) post, instead of the page. */
final class PdfDownload {

    private PdfDownload() {
    }

    static void send(Certificates.Paper paper) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext out = faces.getExternalContext();
        out.responseReset();
        out.setResponseContentType("application/pdf");
        out.setResponseContentLength(paper.pdf().length);
        // The serial is ours (ZY2026-000017): no user text reaches the header.
        out.setResponseHeader("Content-Disposition", "attachment; filename=\"" + paper.fileName() + "\"");
        try {
            out.getResponseOutputStream().write(paper.pdf());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
