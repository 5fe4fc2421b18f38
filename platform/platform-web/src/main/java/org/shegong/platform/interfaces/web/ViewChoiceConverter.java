package org.shegong.platform.interfaces.web;

import jakarta.el.ValueExpression;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import java.util.regex.Pattern;

/**
 * The one way a page reads a view parameter that only picks how it shows what it shows — a tab, a kind of visit, a
 * read's purpose: {@code <f:viewParam name="tab" value="#{page.tab}" converter="shegong.viewChoice"/>}. A value the
 * page does not know (an unknown word, empty, markup, full-width digits, anything) is as if the address had named
 * none: null, and the page shows its default view (docs/ARCHITECTURE.md, "Hardening at the edges"). It is never a
 * {@link jakarta.faces.convert.ConverterException}: a failed conversion skips the page's view action, so the page was
 * drawn without what it shows, under a converter's message, and answered 200. The value is never echoed.
 *
 * <p>What a page knows is its property's type: an enum's constants by their exact names (what the page's own links
 * write), or an {@code Integer} in ASCII digits that an {@code int} holds, whose range the page's setter checks (a
 * tab index). A parameter that names a record or a place is not a view choice: a record's id is
 * {@link RecordIdConverter}'s, and any other name the page's service looks up ({@code RecordNotFoundException}, 404).
 * Modules' pages name the converter by its id, as they do {@code shegong.recordId}.
 */
@FacesConverter("shegong.viewChoice")
public class ViewChoiceConverter implements Converter<Object> {

    /** ASCII digits only ({@link Integer#parseInt} also takes a sign and other scripts' digits), at most nine. */
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,9}");

    @Override
    public Object getAsObject(FacesContext context, UIComponent component, String value) {
        ValueExpression property = component.getValueExpression("value");
        return choice(property == null ? null : property.getType(context.getELContext()), value);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof Enum<?> constant ? constant.name() : value.toString();
    }

    /** The choice {@code value} names among those of {@code type}; null for none of them. */
    static Object choice(Class<?> type, String value) {
        if (type != null && type.isEnum()) {
            for (Object constant : type.getEnumConstants()) {
                if (((Enum<?>) constant).name().equals(value)) {
                    return constant;
                }
            }
            return null;
        }
        if (type == Integer.class) {
            return value != null && DIGITS.matcher(value).matches() ? Integer.valueOf(value) : null;
        }
        // A page bound the converter to a property it cannot read: a mistake in the page, said where it is made.
        throw new IllegalStateException("shegong.viewChoice reads enums and Integer view parameters, not " + type);
    }
}
