package org.shegong.platform.interfaces.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.util.Iterator;

/**
 * A conversion or validation message names the field by its label, never by its component id
 * ({@code visitForm:value：“abc”必须为…}): before a page is drawn, each message about a field gets
 * the field's label (set by {@code p:outputLabel} or a {@code label} attribute) in place of its id,
 * or "this field" when it has none. Holds for every page, the modules' too.
 */
public class MessageLabels implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RENDER_RESPONSE;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        if (faces.getViewRoot() == null) {
            return;
        }
        for (Iterator<String> ids = faces.getClientIdsWithMessages(); ids.hasNext(); ) {
            String clientId = ids.next();
            if (clientId == null) {
                continue;
            }
            String label = labelOf(faces, clientId);
            for (Iterator<FacesMessage> messages = faces.getMessages(clientId); messages.hasNext(); ) {
                FacesMessage message = messages.next();
                message.setSummary(relabel(message.getSummary(), clientId, label));
                message.setDetail(relabel(message.getDetail(), clientId, label));
            }
        }
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        // nothing: the messages are relabelled once, before they are drawn
    }

    private static String labelOf(FacesContext faces, String clientId) {
        UIComponent[] found = new UIComponent[1];
        try {
            faces.getViewRoot().invokeOnComponent(faces, clientId, (context, component) -> found[0] = component);
        } catch (RuntimeException e) {
            found[0] = null;
        }
        Object label = found[0] == null ? null : found[0].getAttributes().get("label");
        return label == null || label.toString().isBlank() ? Messages.text("field.this") : label.toString();
    }

    /** The text with every mention of the component id replaced by the label. */
    static String relabel(String text, String clientId, String label) {
        return text == null || !text.contains(clientId) ? text : text.replace(clientId, label);
    }
}
