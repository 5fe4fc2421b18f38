package org.shegong.platform.architecture;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;
import org.shegong.modules.eldercare.application.ElderRegister;
import org.shegong.modules.misfit.application.MisfitService;
import org.shegong.modules.misfit.domain.model.MisfitRecord;
import org.shegong.modules.misfit.infrastructure.MisfitStore;
import org.shegong.platform.api.misfit.MisfitSpi;

/** Each layer rule, run over a class made to break it, fails and names the forbidden dependency. */
class LayerRulesCatchTest {

    private static final JavaClasses MISFITS = new ClassFileImporter()
            .importClasses(MisfitRecord.class, MisfitStore.class, MisfitService.class, MisfitSpi.class, ElderRegister.class);

    @Test
    void aDomainClassHoldingAnInfrastructureClassIsCaught() {
        assertCaught(LayerRules.DOMAIN_KNOWS_NO_OUTER_LAYER, "MisfitRecord", "MisfitStore");
    }

    @Test
    void aModuleUsingCoreIsCaught() {
        assertCaught(LayerRules.MODULES_USE_ONLY_THE_API, "MisfitService", "org.shegong.platform.application.tenancy.TenantContext");
    }

    @Test
    void aModuleUsingAnotherModuleIsCaught() {
        assertCaught(LayerRules.NO_MODULE_NEEDS_ANOTHER, "MisfitService", "ElderRegister");
    }

    @Test
    void anApiTypeNamingCoreIsCaught() {
        assertCaught(LayerRules.API_KNOWS_NOTHING_OF_CORE, "MisfitSpi", "TenantContext");
    }

    private static void assertCaught(ArchRule rule, String offender, String forbidden) {
        EvaluationResult result = rule.evaluate(MISFITS);
        assertTrue(result.hasViolation(), "the rule let the misfit through: " + rule.getDescription());
        String report = result.getFailureReport().toString();
        assertTrue(report.lines().anyMatch(line -> line.contains(offender) && line.contains(forbidden)), report);
    }
}
