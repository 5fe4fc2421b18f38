package org.shegong.platform.architecture;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layer rules over everything the WAR ships: platform-api, core, the web layer and every
 * module on its class path (the WAR's pom is the one place that lists modules, so a new module is
 * checked without a line here).
 */
class ArchitectureTest {

    private static JavaClasses shipped;

    @BeforeAll
    static void importShippedClasses() {
        shipped = new ClassFileImporter().withImportOption(new LayerRules.ShippedClassesOnly()).importPackages("org.shegong");
        // A rule over nothing passes: make sure the platform and at least one module are really here.
        assertTrue(shipped.contain("org.shegong.platform.domain.model.resident.Resident"), "core is imported");
        assertTrue(shipped.contain("org.shegong.platform.api.module.ShegongModule"), "platform-api is imported");
        assertTrue(shipped.stream().anyMatch(c -> c.getPackageName().startsWith("org.shegong.modules.")), "modules are imported");
        assertTrue(shipped.stream().noneMatch(c -> c.getPackageName().startsWith("org.shegong.modules.misfit")),
                "the deliberately bad test classes are not");
    }

    @Test
    void theDomainKnowsNoOuterLayer() {
        LayerRules.DOMAIN_KNOWS_NO_OUTER_LAYER.check(shipped);
    }

    @Test
    void modulesUseOnlyTheApi() {
        LayerRules.MODULES_USE_ONLY_THE_API.check(shipped);
    }

    @Test
    void noModuleNeedsAnother() {
        LayerRules.NO_MODULE_NEEDS_ANOTHER.check(shipped);
    }

    @Test
    void theApiKnowsNothingOfCore() {
        LayerRules.API_KNOWS_NOTHING_OF_CORE.check(shipped);
    }
}
