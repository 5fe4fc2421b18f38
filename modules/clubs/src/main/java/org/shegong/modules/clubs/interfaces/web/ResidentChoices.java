package org.shegong.modules.clubs.interfaces.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.shegong.modules.clubs.application.ResidentChoice;
import org.shegong.platform.api.records.Reasons;
import org.shegong.platform.api.web.PageMessages;

/**
 * The residents a club form offered (what its searches found, and the leader and contact it started from), and
 * the converter of its person fields: a person goes to the page as their id and comes back as the choice offered
 * under it. Anything else sent back — a name typed but not chosen, an id the form never offered — is refused,
 * naming the field; an empty field is no one (which the form takes as "keep").
 */
public class ResidentChoices implements Converter<ResidentChoice>, Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<Long, ResidentChoice> offered = new HashMap<>();

    void offer(List<ResidentChoice> choices) {
        choices.forEach(c -> offered.put(c.id(), c));
    }

    @Override
    public ResidentChoice getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return offeredUnder(value).orElseThrow(() -> {
            Object field = component.getAttributes().get("label");
            return new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, Reasons.text("clubs.refused.choosePerson",
                    List.of(field == null ? "" : field), PageMessages.locale()), null));
        });
    }

    /** The choice offered under the id sent back; none for anything else (a name typed, an id never offered). */
    Optional<ResidentChoice> offeredUnder(String value) {
        try {
            return Optional.ofNullable(offered.get(Long.valueOf(value.strip())));
        } catch (NumberFormatException typedNotChosen) {
            return Optional.empty();
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, ResidentChoice value) {
        return value == null ? "" : String.valueOf(value.id());
    }
}
