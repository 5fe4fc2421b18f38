package org.shegong.modules.eldercare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.shegong.modules.eldercare.domain.model.elder.BarthelItem;
import org.shegong.modules.eldercare.domain.model.health.HealthMeasure;
import org.shegong.modules.eldercare.domain.model.visit.VisitKind;
import org.shegong.platform.it.RefusalKeys;

/** One language at a time in the elder-care module (see {@link RefusalKeys}). */
class ElderCareBundlesTest {

    static final Path BUNDLES = Path.of("src/main/resources/org/shegong/modules/eldercare");

    @Test
    void everyKeyOfARefusalIsInBothLanguages() throws IOException {
        RefusalKeys keys = RefusalKeys.scan(Path.of("src/main/java/org/shegong/modules/eldercare"), "eldercare.",
                BUNDLES.resolve("messages_zh_CN.properties"), BUNDLES.resolve("messages.properties"),
                "trimmed\\([^,]+, \\d+, ", "text\\([^,]+, \\d+, ");
        assertTrue(keys.used().size() > 40, "the scan finds the refusals: " + keys.used());
        Set<String> labels = new TreeSet<>(); // label arguments built from an enum's name
        for (BarthelItem item : BarthelItem.values()) {
            labels.add("barthel." + item.name());
        }
        for (HealthMeasure m : HealthMeasure.values()) {
            labels.add("measure." + m.name());
        }
        for (VisitKind k : VisitKind.values()) {
            labels.add("visitKind." + k.name());
        }
        assertEquals(Set.of(), keys.inOneLanguageOnly(), "the same keys in both");
        assertEquals(Set.of(), keys.missing(labels), "keys used but not in the bundles");
        assertEquals(Set.of(), keys.pairs(), "refusals still written as language pairs");
        assertEquals(Set.of(), keys.unsayable("eldercare.refused."), "refusal texts MessageFormat cannot say whole");
    }
}
