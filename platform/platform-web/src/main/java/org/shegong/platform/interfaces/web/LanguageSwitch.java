package org.shegong.platform.interfaces.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ValueChangeEvent;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * The language of the pages: Chinese unless the person chose English, whatever the browser says.
 * A change applies at once: the person is sent back to the very page (with its parameters) they
 * were on, rendered afresh in the new language.
 */
@Named
@SessionScoped
public class LanguageSwitch implements Serializable {

    private static final long serialVersionUID = 1L;

    private Locale locale = Locale.SIMPLIFIED_CHINESE;

    public Locale getLocale() {
        return locale;
    }

    public String getLanguage() {
        return locale.getLanguage();
    }

    public void setLanguage(String language) {
        this.locale = "en".equals(language) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }

    /** The page's {@code lang} attribute. */
    public String getHtmlLang() {
        return Locale.ENGLISH.equals(locale) ? "en" : "zh-CN";
    }

    /**
     * Why something was refused, in this language: a {@link org.shegong.platform.api.records.Refusal}
     * said from the bundles, an older text (a "中文 / English" pair) as its half.
     */
    public String reason(Object refusal) {
        if (refusal instanceof org.shegong.platform.api.records.Refusal r) {
            return org.shegong.platform.api.records.Reasons.text(r, locale);
        }
        return refusal == null ? "" : inLanguage(refusal.toString());
    }

    /**
     * A server text written as a "中文 / English" pair (e.g. why a login is refused, which the API
     * returns as it is) in the page's language only.
     */
    public String inLanguage(String pair) {
        return pair == null ? "" : org.shegong.platform.api.records.Reasons.inLanguage(pair, locale);
    }

    /** Where the page was opened (path and query), for the switch to come back to. */
    public String getHere() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        Object forwarded = request.getAttribute("jakarta.servlet.forward.request_uri");
        String uri = forwarded != null ? forwarded.toString() : request.getRequestURI();
        Object query = forwarded != null ? request.getAttribute("jakarta.servlet.forward.query_string") : request.getQueryString();
        return query == null ? uri : uri + "?" + query;
    }

    /** Sets the new language and reloads the page the person was on, so all of it is in that language. */
    public void changed(ValueChangeEvent event) {
        setLanguage(String.valueOf(event.getNewValue()));
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        try {
            external.redirect(back(external.getRequestParameterMap().get("back"), external.getRequestContextPath()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    /** The page to go back to: only a path of this application, never another site. */
    static String back(String wanted, String contextPath) {
        boolean ours = wanted != null && wanted.startsWith(contextPath + "/") && !wanted.startsWith("//")
                && wanted.chars().noneMatch(c -> c == '\\' || c < 0x20);
        return ours ? wanted : contextPath + "/";
    }
}
