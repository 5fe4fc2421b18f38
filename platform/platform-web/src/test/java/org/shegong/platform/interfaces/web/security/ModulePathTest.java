package org.shegong.platform.interfaces.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The module folder is read from what the container routes on, whatever spelling reached it. */
class ModulePathTest {

    @Test
    void pagesAndApiRoutesNameTheirModule() {
        assertEquals(Optional.of("eldercare"), ModulePath.folderOf("/eldercare/elders.xhtml", null));
        assertEquals(Optional.of("eldercare"), ModulePath.folderOf("/api", "/eldercare/visits/due"));
    }

    @Test
    void pathParametersEmptySegmentsDotsAndCaseDoNotHideTheModule() {
        assertEquals(Optional.of("eldercare"), ModulePath.folderOf("/api", "/eldercare;x/visits/due"));
        assertEquals(Optional.of("eldercare"), ModulePath.folderOf("/api", "/eldercare;/visits/due"));
        assertEquals(Optional.of("eldercare"), ModulePath.folderOf("//eldercare/elders.xhtml", null));
        assertEquals(Optional.of("eldercare"), ModulePath.folderOf("/eldercare;x/elders.xhtml", null));
        assertEquals(Optional.of("eldercare"), ModulePath.folderOf("/station/../eldercare/./elders.xhtml", null));
        assertEquals(Optional.of("eldercare"), ModulePath.folderOf("/api;a", "//ElderCare/x"));
    }

    @Test
    void aFileAtTheRootBelongsToNoModule() {
        assertEquals(Optional.empty(), ModulePath.folderOf("/index.xhtml", null));
        assertEquals(Optional.empty(), ModulePath.folderOf("/api", "/me"));
        assertEquals(Optional.empty(), ModulePath.folderOf("/api", null));
        assertEquals(Optional.of("station"), ModulePath.folderOf("/station/home.xhtml", null));
    }
}
