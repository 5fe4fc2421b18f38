package org.shegong.modules.volunteers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shegong.platform.it.EmptyLists;

/**
 * An empty list on the module's pages says what it means in both languages: a new volunteer's page
 * showed "服务记录 —" and "时间银行明细 —" beside "修改记录 暂无记录", a new shift "—" twice.
 */
class VolunteersEmptyListsTest {

    @Test
    void everyEmptyListIsSaidInWordsInBothLanguages() throws IOException {
        Path bundles = Path.of("src/main/resources/org/shegong/modules/volunteers");
        EmptyLists.Scan scan = EmptyLists.scan(Path.of("src/main/resources/META-INF/resources"), "vo",
                bundles.resolve("messages_zh_CN.properties"), bundles.resolve("messages.properties"));
        assertTrue(scan.lists() >= 8, "the scan finds the module's lists: " + scan.lists());
        assertEquals(List.of(), scan.problems(), "an empty list in words, from the bundles");
    }
}
