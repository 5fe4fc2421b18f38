package org.shegong.platform.interfaces.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.shegong.platform.application.modules.ModuleRegistry;

/**
 * A metric's name as people read it, from the bundle of the module that declares it (whether or
 * not the operator has it on). A contract may have a target on a metric no installed module counts
 * yet (e.g. {@code childprotection.cases} before that module ships): it is named by the platform
 * bundle's {@code metric.<code>} label when the contracts in {@code tenants/} use it, else by its
 * code with a note; never hidden.
 */
@Named
@ApplicationScoped
public class MetricLabels {

    @Inject
    ModuleRegistry modules;

    /** A text of the platform's bundle in the request's language (a page's, else Chinese): words a figure is shown with. */
    public String text(String key) {
        return ModuleTexts.text(modules.find(CoreModule.ID).orElseThrow(), key);
    }

    public String of(String code) {
        return modules.all().stream()
                .flatMap(m -> m.metrics().stream().filter(d -> d.code().equals(code)).map(d -> ModuleTexts.text(m, d.labelKey())))
                .findFirst()
                .orElseGet(() -> {
                    var core = modules.find(CoreModule.ID).orElseThrow();
                    String known = ModuleTexts.text(core, "metric." + code);
                    return known.equals("metric." + code) ? ModuleTexts.text(core, "metric.uninstalled") + " " + code : known;
                });
    }
}
