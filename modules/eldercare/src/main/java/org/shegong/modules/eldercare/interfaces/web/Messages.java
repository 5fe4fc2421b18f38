package org.shegong.modules.eldercare.interfaces.web;

import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.shegong.platform.api.web.PageMessages;

/** The module's texts in the page's language; messages go through the platform's {@link PageMessages}. */
final class Messages {

    private Messages() {
    }

    private static final String BUNDLE = "org.shegong.modules.eldercare.messages";

    /** The module's text for {@code key} in the page's language, with {@code {0}}, {@code {1}} … filled in. */
    static String text(String key, Object... args) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = faces != null && faces.getViewRoot() != null ? faces.getViewRoot().getLocale() : Locale.SIMPLIFIED_CHINESE;
        String pattern = ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader()).getString(key);
        return args.length == 0 ? pattern : MessageFormat.format(pattern, args);
    }

    /**
     * Why a follow-up is open, in the page's language: its rule's sentence with the figures; an old
     * task's stored "中文 / English" sentence, the half of this language.
     */
    static String reasonOf(org.shegong.modules.eldercare.domain.model.health.FollowUpTask t) {
        return t.getBreach().map(b -> text(b.rule().key(), b.reading(), b.limit()))
                .orElseGet(() -> org.shegong.platform.api.records.Reasons.inLanguage(t.getLegacyReason(), PageMessages.locale()));
    }

    static void info(String text) {
        PageMessages.info(text);
    }

    static void error(String text) {
        PageMessages.error(text);
    }

    static boolean attempt(Runnable action) {
        return PageMessages.attempt(action);
    }
}
