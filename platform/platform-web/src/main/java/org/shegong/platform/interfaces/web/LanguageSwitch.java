package org.shegong.platform.interfaces.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/** The language of the pages: Chinese unless the person chose English, whatever the browser says. */
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
}
