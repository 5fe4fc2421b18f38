package org.shegong.modules.childprotection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.shegong.platform.it.RefusalKeys;

/**
 * One language at a time in the child-protection module (see {@link RefusalKeys}): every key its Java
 * names (a refusal's, a field label said inside one, a page message's) is in both bundles, the two
 * bundles hold the same keys, every refusal's text is a pattern MessageFormat says whole, and no
 * source still writes a "中文 / English" pair into a refusal or a page message.
 */
class ChildProtectionBundlesTest {

    static final Path BUNDLES = Path.of("src/main/resources/org/shegong/modules/childprotection");
    /** Any quoted string of a key's shape: the module names its keys in many helpers' arguments. */
    static final Pattern KEY = Pattern.compile("\"((?:childprotection\\.(?:refused|field)|cp)\\.[A-Za-z.]+[A-Za-z])\"");

    @Test
    void everyKeyTheJavaNamesIsInBothLanguagesAndNoRefusalIsAPair() throws IOException {
        RefusalKeys keys = RefusalKeys.scan(Path.of("src/main/java/org/shegong/modules/childprotection"), KEY,
                BUNDLES.resolve("messages_zh_CN.properties"), BUNDLES.resolve("messages.properties"));
        assertTrue(keys.used().size() > 80, "the scan finds the refusals: " + keys.used());
        assertEquals(Set.of(), keys.inOneLanguageOnly(), "the same keys in both");
        assertEquals(Set.of(), keys.missing(Set.of()), "keys used but not in the bundles");
        assertEquals(Set.of(), keys.pairs(), "refusals still written as language pairs");
        assertEquals(Set.of(), keys.unsayable("childprotection.refused."), "refusal texts MessageFormat cannot say whole");
    }
}
