package org.shegong.platform.api.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ContentDispositionTest {

    @Test
    void aNameInWordsTravelsAsRfc5987WithAnAsciiFallback() {
        String header = ContentDisposition.attachment("迎泽区-2026年11月.xlsx", "dashboard-140106000000-2026-11.xlsx");
        assertEquals("attachment; filename=\"dashboard-140106000000-2026-11.xlsx\"; "
                + "filename*=UTF-8''%E8%BF%8E%E6%B3%BD%E5%8C%BA-2026%E5%B9%B411%E6%9C%88.xlsx", header);
        String encoded = header.substring(header.indexOf("UTF-8''") + 7);
        assertEquals("迎泽区-2026年11月.xlsx", URLDecoder.decode(encoded, StandardCharsets.UTF_8), "reads back to the name");
    }

    @Test
    void nothingCanBreakOutOfTheHeaderOrThePath() {
        String header = ContentDisposition.attachment("a\"b/c\r\nSet-Cookie: x 1.pdf", "é\"x.pdf");
        assertTrue(header.startsWith("attachment; filename=\"__x.pdf\"; filename*=UTF-8''a_b_c__Set-Cookie_%20x%201.pdf"), header);
        assertTrue(!header.contains("\r") && !header.contains("\n"), header);
    }
}
