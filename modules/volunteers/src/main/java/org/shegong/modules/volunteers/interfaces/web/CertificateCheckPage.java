package org.shegong.modules.volunteers.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.shegong.modules.volunteers.application.CertificateCheck;

/**
 * The public verification page of a certificate ({@code /public/volunteers/certificate.xhtml?t=…}),
 * open without sign-in: the facts {@link CertificateCheck} publishes, or "not found" for anything
 * else — the same page whoever asks, signed in or not, and no error for a garbled token.
 *
 * <p>A token that names no certificate answers 404, as every address that names no record, but with this page's
 * own words ("未找到该证明，请核对二维码或网址"), not the portal's: whoever checks a paper is a stranger to the portal,
 * and its "或者您无权查看" would suggest that signing in could show more.
 */
@Named
@RequestScoped
public class CertificateCheckPage {

    @Inject
    CertificateCheck check;

    private String token;
    private Optional<CertificateCheck.Facts> facts = Optional.empty();

    public void load() {
        facts = check.byToken(token);
        if (facts.isEmpty()) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
        }
    }

    public String getT() {
        return token;
    }

    public void setT(String token) {
        this.token = token;
    }

    public boolean isFound() {
        return facts.isPresent();
    }

    /** The bundle key of the state's label (certificate.state.VALID …). */
    public String getStateKey() {
        return facts.map(f -> "certificate.state." + f.state().name()).orElse("");
    }

    public CertificateCheck.Facts getFacts() {
        return facts.orElse(null);
    }
}
