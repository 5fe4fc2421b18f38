package org.shegong.platform.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The language switch sends a person back only to a page of this application. */
class LanguageSwitchTest {

    @Test
    void goesBackToThePageWithItsParameters() {
        assertEquals("/app/station/resident.xhtml?id=7", LanguageSwitch.back("/app/station/resident.xhtml?id=7", "/app"));
    }

    @Test
    void neverToAnotherSite() {
        assertEquals("/app/", LanguageSwitch.back("https://evil.example/", "/app"));
        assertEquals("/app/", LanguageSwitch.back("//evil.example/app/", "/app"));
        assertEquals("/app/", LanguageSwitch.back("/app/\r\nSet-Cookie: x", "/app"));
        assertEquals("/app/", LanguageSwitch.back("/apple/", "/app"));
        assertEquals("/app/", LanguageSwitch.back(null, "/app"));
    }

    @Test
    void aServerTextPairShowsInThePagesLanguageOnly() {
        LanguageSwitch language = new LanguageSwitch();
        String pair = "您的账号未归属任何运营方。 / Your account belongs to no operator.";
        assertEquals("您的账号未归属任何运营方。", language.inLanguage(pair));
        language.setLanguage("en");
        assertEquals("Your account belongs to no operator.", language.inLanguage(pair));
        assertEquals("just one", language.inLanguage("just one"));
    }
}
