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

    @Test
    void thePageInsideTheFolderIsReadTheSameWayAsTheFolder() {
        assertEquals(Optional.of("shifts.xhtml"), ModulePath.pageOf("/volunteers/shifts.xhtml", null));
        assertEquals(Optional.of("shifts.xhtml"), ModulePath.pageOf("/volunteers;x//Shifts.xhtml;y", null));
        assertEquals(Optional.of("hours.xhtml"), ModulePath.pageOf("/volunteers/portal.xhtml/../hours.xhtml", null));
        assertEquals(Optional.empty(), ModulePath.pageOf("/index.xhtml", null));
    }
}
