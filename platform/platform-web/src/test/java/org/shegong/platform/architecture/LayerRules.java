package org.shegong.platform.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.ArchRule;
import java.util.stream.Stream;

/**
 * The layering of docs/ARCHITECTURE.md as rules a build can check. {@link ArchitectureTest} runs
 * them over the platform and every module on the WAR's class path; {@link LayerRulesCatchTest}
 * shows each one failing on a class that breaks it.
 */
final class LayerRules {

    /**
     * The libraries a module may use besides the platform's API, Jakarta EE, MicroProfile and the JDK:
     * PrimeFaces, which the WAR ships (a page bean's lazy table model), and OpenPDF, the one PDF library
     * (fonts through platform-api's PdfFonts). A new one is a design decision,
     * taken here in plain sight.
     */
    static final String[] MODULE_THIRD_PARTY = {"org.primefaces..", "com.lowagie.."};

    private LayerRules() {
    }

    /** The domain is the centre (Cargo Tracker layering): it names neither storage nor pages. */
    static final ArchRule DOMAIN_KNOWS_NO_OUTER_LAYER = noClasses().that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("..infrastructure..", "..interfaces..")
            .because("the domain model must not depend on how it is stored or shown");

    /** A module plugs in through the SPI only, so the platform can change behind it. */
    static final ArchRule MODULES_USE_ONLY_THE_API = classes().that().resideInAPackage("org.shegong.modules..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(allowedForModules())
            .because("a module sees the platform only through platform-api (docs/ARCHITECTURE.md, Writing a module)");

    /** Modules are switched on and off per operator: one must never need another. */
    static final ArchRule NO_MODULE_NEEDS_ANOTHER = slices().matching("org.shegong.modules.(*)..")
            .should().notDependOnEachOther()
            .because("each module is switched on per operator on its own");

    /** The API is what modules compile against: it cannot lean on the implementation behind it. */
    static final ArchRule API_KNOWS_NOTHING_OF_CORE = noClasses().that().resideInAPackage("org.shegong.platform.api..")
            .should().dependOnClassesThat(DescribedPredicate.describe(
                    "belong to the platform outside platform-api, or to a module", LayerRules::outsideTheApi))
            .because("platform-api is the SPI modules depend on; core implements it, never the other way");

    private static String[] allowedForModules() {
        // javax.crypto is the JDK's own (HMAC for signed codes, e.g. the volunteers' check-in QR).
        return Stream.concat(Stream.of("org.shegong.modules..", "org.shegong.platform.api..", "java..", "javax.crypto..",
                "jakarta..", "org.eclipse.microprofile.."), Stream.of(MODULE_THIRD_PARTY)).toArray(String[]::new);
    }

    private static boolean outsideTheApi(JavaClass c) {
        String pkg = c.getPackageName() + ".";
        return pkg.startsWith("org.shegong.") && !pkg.startsWith("org.shegong.platform.api.");
    }

    /**
     * Shipped classes only: not test classes, not a module's test-jar, not the test kit, which may
     * reach into core to set up what a test needs.
     */
    static final class ShippedClassesOnly implements ImportOption {

        @Override
        public boolean includes(Location location) {
            return !location.contains("/test-classes/") && !location.contains("-tests.jar")
                    && !location.contains("platform-testkit") && !location.contains("devstack");
        }
    }
}
