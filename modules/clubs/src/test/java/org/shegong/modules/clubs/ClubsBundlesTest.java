package org.shegong.modules.clubs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.shegong.platform.it.RefusalKeys;

/** One language at a time in the clubs module (see {@link RefusalKeys}). */
class ClubsBundlesTest {

    static final Path BUNDLES = Path.of("src/main/resources/org/shegong/modules/clubs");

    @Test
    void everyKeyOfARefusalIsInBothLanguages() throws IOException {
        RefusalKeys keys = RefusalKeys.scan(Path.of("src/main/java/org/shegong/modules/clubs"), "clubs.",
                BUNDLES.resolve("messages_zh_CN.properties"), BUNDLES.resolve("messages.properties"),
                "text\\([^,]+, \\d+, ", "requireDay\\([^,]+, [^,]+, ", "Reasons\\.text\\(");
        assertTrue(keys.used().size() > 40, "the scan finds the refusals: " + keys.used());
        Set<String> stages = new TreeSet<>();
        for (var stage : org.shegong.modules.clubs.domain.model.club.ClubStage.values()) {
            stages.add("clubs.stage." + stage.name());
        }
        assertEquals(Set.of(), keys.inOneLanguageOnly(), "the same keys in both");
        assertEquals(Set.of(), keys.missing(stages), "keys used but not in the bundles");
        assertEquals(Set.of(), keys.pairs(), "refusals still written as language pairs");
        assertEquals(Set.of(), keys.unsayable("clubs.refused."), "refusal texts MessageFormat cannot say whole");
    }
}
