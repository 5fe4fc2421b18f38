package org.shegong.modules.childprotection.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.shegong.modules.childprotection.application.ChildRegister;
import org.shegong.modules.childprotection.application.ResidentChild;
import org.shegong.platform.api.audit.Said;
import org.shegong.platform.api.records.RecordNotFoundException;
import org.shegong.platform.api.web.PageMessages;

/**
 * The child-protection panel of the platform's resident page ({@code /WEB-INF/childprotection/panels/resident.xhtml},
 * included with {@code residentId}): for a registered child, the child's file (if the person may open it) or who
 * serves the child (if not); for a resident under 18 without a record, the way to register one; without a birth
 * date, that it is needed first. For an adult without a record there is nothing to say: {@link #shows} tells the
 * platform to show no panel at all. The register is read once per request for both.
 */
@Named("cpResidentPanel")
@RequestScoped
public class ChildResidentPanel {

    @Inject
    ChildRegister register;

    private final Map<Long, Optional<ResidentChild>> read = new HashMap<>();

    /** What the register says of the resident; null for none given or a resident not mine (the page says so itself). */
    public ResidentChild of(Long residentId) {
        if (residentId == null) {
            return null;
        }
        return read.computeIfAbsent(residentId, id -> {
            try {
                return Optional.of(register.onResident(id));
            } catch (RecordNotFoundException notMine) {
                return Optional.empty();
            }
        }).orElse(null);
    }

    /** Whether the resident page shows the panel at all: not for an adult without a record, nor a resident not mine. */
    public boolean shows(long residentId) {
        ResidentChild child = of(residentId);
        return child != null && child.worthAPanel();
    }

    /** "已建立儿童档案，负责社工：甲、乙。" in the page's language. */
    public String servedBy(ResidentChild child) {
        return Said.say(Said.of("cp.resident.servedBy", Said.values(child.servedBy())), PageMessages.locale());
    }
}
