package org.shegong.modules.eldercare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shegong.platform.it.EmptyLists;

/**
 * An empty list on the module's pages says what it means in both languages: the referrals and
 * anti-fraud pages (and the elder page's four lists) showed a bare "—" under an empty form.
 */
class ElderCareEmptyListsTest {

    @Test
    void everyEmptyListIsSaidInWordsInBothLanguages() throws IOException {
        EmptyLists.Scan scan = EmptyLists.scan(Path.of("src/main/resources/META-INF/resources/eldercare"), "ec",
                ElderCareBundlesTest.BUNDLES.resolve("messages_zh_CN.properties"), ElderCareBundlesTest.BUNDLES.resolve("messages.properties"));
        assertTrue(scan.lists() >= 9, "the scan finds the module's lists: " + scan.lists());
        assertEquals(List.of(), scan.problems(), "an empty list in words, from the bundles");
    }
}
