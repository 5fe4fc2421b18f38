package org.shegong.platform.interfaces.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.util.regex.Pattern;
import org.shegong.platform.api.records.RecordNotFoundException;

/**
 * The one way a page reads the id of the record it shows from its address:
 * {@code <f:viewParam name="id" value="#{page.id}" converter="shegong.recordId"/>} (a {@code Long}), then the page's
 * {@code f:viewAction} looks the record up. The platform's pages and every module's use it; a module's page names it by
 * its id, so modules need no class of the platform's web layer.
 *
 * <p>An id is a positive whole number written in ASCII digits that a {@code long} holds. Anything else an address may
 * carry in its place — empty, letters, digits with letters after them, a sign, zero, full-width digits, more than a
 * {@code long} holds — names no record, so it is {@link RecordNotFoundException}: the same 404 page an unknown id, or
 * another station's or operator's, gets ({@link NotFoundHandler}). It is thrown rather than reported as a
 * {@link ConverterException}: a failed conversion skips the page's view action, and the page was drawn without its
 * record and answered 200. An address without the parameter at all is not converted; the page decides what that is
 * (a chooser, or the same 404).
 */
@FacesConverter("shegong.recordId")
public class RecordIdConverter implements Converter<Long> {

    /** ASCII digits only ({@link Long#parseLong} also takes a sign and other scripts' digits), at most a long's 19. */
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,19}");

    @Override
    public Long getAsObject(FacesContext context, UIComponent component, String value) {
        return parse(value);
    }

    /**
     * The id as an address writes it; none for no id, so that a view parameter of a page opened without one stays
     * absent on the page's own posts instead of coming back as an empty id, which names no record.
     */
    @Override
    public String getAsString(FacesContext context, UIComponent component, Long value) {
        return value == null ? null : value.toString();
    }

    /** The record's id an address names; {@link RecordNotFoundException} for a text that cannot name one. */
    public static long parse(String value) {
        if (value != null && DIGITS.matcher(value).matches()) {
            try {
                long id = Long.parseLong(value);
                if (id > 0) {
                    return id;
                }
            } catch (NumberFormatException moreThanALongHolds) {
                // names no record, as below
            }
        }
        throw new RecordNotFoundException("记录 record", "—");
    }
}
