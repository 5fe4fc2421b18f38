package org.shegong.platform.interfaces.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.shegong.platform.api.audit.Said;
import org.shegong.platform.api.identity.Role;
import org.shegong.platform.api.identity.SignedIn;
import org.shegong.platform.api.records.Reasons;
import org.shegong.platform.application.modules.ModuleRegistry;
import org.shegong.platform.domain.model.activity.ActivityStatus;
import org.shegong.platform.domain.model.activity.ActivityType;
import org.shegong.platform.domain.model.partner.PartnerType;
import org.shegong.platform.domain.model.project.ProjectStatus;
import org.shegong.platform.domain.model.region.RegionLevel;
import org.shegong.platform.domain.model.resident.Gender;
import org.shegong.platform.domain.model.resident.ResidentCategory;
import org.shegong.platform.domain.model.staff.CertificateLevel;
import org.shegong.platform.domain.model.staff.StaffRole;

/**
 * Codes as people read them, on every page: an enum constant by its label in the page's language
 * (key {@code label.<EnumName>.<CONSTANT>} of the platform bundle), a set of them as one list, a
 * moment as {@code yyyy-MM-dd HH:mm} in the stations' zone. A constant without a label shows its
 * code, which the page tests catch as a raw code; it is never hidden.
 */
@Named
@ApplicationScoped
public class Labels {

    static final String BUNDLE = "org.shegong.platform.web.messages";

    /** The platform's enums whose constants appear on pages and in stored texts. */
    static final List<Class<? extends Enum<?>>> SHOWN = List.of(Gender.class, ResidentCategory.class, ActivityType.class,
            ActivityStatus.class, PartnerType.class, ProjectStatus.class, StaffRole.class, CertificateLevel.class, Role.class,
            RegionLevel.class);

    private static final Pattern CODE_WORD = Pattern.compile("(?<![A-Za-z0-9_])[A-Z][A-Z_]{2,}(?![A-Za-z0-9_])");

    /** Code word → constant; where two enums share a word (CANCELLED), the first listed names it. */
    private static final Map<String, Enum<?>> CODES = new HashMap<>();

    static {
        for (Class<? extends Enum<?>> type : SHOWN) {
            for (Enum<?> constant : type.getEnumConstants()) {
                CODES.putIfAbsent(constant.name(), constant);
            }
        }
    }

    @Inject
    AuditLabels audit;

    @Inject
    ModuleRegistry modules;

    /** A module by its name in the page's language (its id is for machines); empty for none. */
    @Inject
    SignedIn signedIn;

    /** A station of the person by its name, for any page (a module's too) that holds a street code. */
    public String station(String streetCode) {
        return streetCode == null || streetCode.isBlank() ? "" : signedIn.stationName(streetCode);
    }

    public String module(String id) {
        if (id == null || id.isBlank()) {
            return "";
        }
        return modules.find(id).map(m -> ModuleTexts.text(m, m.nameKey())).orElse(id);
    }

    /** The label of one code; empty for none. */
    public String of(Object code) {
        if (code == null) {
            return "";
        }
        if (code instanceof Enum<?> constant) {
            return label(constant, ModuleTexts.locale());
        }
        return String.valueOf(code);
    }

    /** The labels of several codes, in their order, joined as the language lists things. */
    public String all(Collection<?> codes) {
        if (codes == null || codes.isEmpty()) {
            return "";
        }
        Locale locale = ModuleTexts.locale();
        String separator = Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? ", " : "、";
        return codes.stream().map(c -> c instanceof Enum<?> e ? label(e, locale) : String.valueOf(c))
                .collect(Collectors.joining(separator));
    }

    /**
     * A history entry's details or a read's purpose in the page's language: the one place such a
     * stored text is read (the history fragment, the read log). Written by {@link Said} it is said
     * from the bundles (a typed text as typed); an older row is a sentence, shown as stored but with
     * the half of a "中文 / English" pair in the reader's language and every code word of the
     * platform's enums (e.g. "状态：PLANNING → ACTIVE") replaced by its label.
     */
    public String text(String stored) {
        if (stored == null || stored.isEmpty()) {
            return "";
        }
        return read(stored, ModuleTexts.locale());
    }

    static String read(String stored, Locale locale) {
        if (Said.isSaid(stored)) {
            return Said.say(stored, locale);
        }
        Matcher words = CODE_WORD.matcher(Reasons.inLanguage(stored, locale));
        StringBuilder read = new StringBuilder();
        while (words.find()) {
            Enum<?> constant = CODES.get(words.group());
            words.appendReplacement(read, Matcher.quoteReplacement(constant == null ? words.group() : label(constant, locale)));
        }
        words.appendTail(read);
        return read.toString();
    }

    /** A moment in the stations' zone, to the minute. */
    public String time(Instant at) {
        return audit.time(at);
    }

    static String label(Enum<?> constant, Locale locale) {
        String key = "label." + constant.getDeclaringClass().getSimpleName() + "." + constant.name();
        try {
            // No fall-back to the machine's own locale: English pages read messages.properties.
            return ResourceBundle.getBundle(BUNDLE, locale, Labels.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT)).getString(key);
        } catch (MissingResourceException e) {
            return constant.name();
        }
    }
}
