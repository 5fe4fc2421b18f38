package org.shegong.platform.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PageFailureHandlerTest {

    @Test
    void anExpiredPageReopensWithTheParametersItWasOpenedWith() {
        assertEquals("/station/resident.xhtml?id=15&expired", PageFailureHandler.reopenTarget(
                "http://localhost:9080/station/resident.xhtml?id=15", "http", "localhost", 9080, "", "/station/resident.xhtml"));
        assertEquals("/station/resident.xhtml?id=15&expired", PageFailureHandler.reopenTarget(
                "http://localhost:9080/station/resident.xhtml?expired&id=15", "http", "localhost", 9080, "", "/station/resident.xhtml"),
                "the notice is asked for once, even when the page had expired before");
        assertEquals("/station/residents.xhtml?expired", PageFailureHandler.reopenTarget(
                "http://localhost:9080/station/residents.xhtml", "http", "localhost", 9080, "", "/station/residents.xhtml"));
    }

    @Test
    void aPageStateInTheAddressIsLeftOutSoTheReopenedPageCannotFailAgain() {
        assertEquals("/public/stations.xhtml?expired", PageFailureHandler.reopenTarget(
                "http://localhost:9080/public/stations.xhtml?jakarta.faces.ViewState=x", "http", "localhost", 9080, "",
                "/public/stations.xhtml"));
        assertEquals("/station/resident.xhtml?id=15&expired", PageFailureHandler.reopenTarget(
                "http://localhost:9080/station/resident.xhtml?jakarta%2Efaces%2EViewState=x&id=15&%65xpired=1", "http", "localhost",
                9080, "", "/station/resident.xhtml"));
    }

    @Test
    void anotherSitesOrAnotherPagesAddressIsNeverFollowed() {
        assertEquals("/station/resident.xhtml?expired", PageFailureHandler.reopenTarget(
                "http://evil.example/station/resident.xhtml?id=1", "http", "localhost", 9080, "", "/station/resident.xhtml"));
        assertEquals("/station/resident.xhtml?expired", PageFailureHandler.reopenTarget(
                "http://localhost:9080/station/residents.xhtml?id=1", "http", "localhost", 9080, "", "/station/resident.xhtml"));
        assertEquals("/station/resident.xhtml?expired", PageFailureHandler.reopenTarget(
                "http://localhost:8080/station/resident.xhtml?id=1", "http", "localhost", 9080, "", "/station/resident.xhtml"));
        assertEquals("/station/resident.xhtml?expired", PageFailureHandler.reopenTarget(
                "not an address ::", "http", "localhost", 9080, "", "/station/resident.xhtml"));
        assertEquals("/station/resident.xhtml?expired", PageFailureHandler.reopenTarget(
                null, "http", "localhost", 9080, "", "/station/resident.xhtml"));
    }
}
