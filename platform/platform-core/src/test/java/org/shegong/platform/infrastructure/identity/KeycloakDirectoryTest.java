package org.shegong.platform.infrastructure.identity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which way a start reads Keycloak: the way with fewer calls and accounts to fetch (figure 6). */
class KeycloakDirectoryTest {

    @Test
    void theFourDemoFilesBesideAThousandAccountsAreReadPerOperator() {
        // 4 operators, 15 accounts: 34 calls against 1,021 accounts in pages
        assertFalse(KeycloakDirectory.readInBulk(4, 15, 1_021));
    }

    @Test
    void aThousandFilesAreReadInBulk() {
        assertTrue(KeycloakDirectory.readInBulk(1_004, 1_021, 1_021));
    }

    @Test
    void aRealmHoldingLittleMoreThanTheFilesIsReadInBulk() {
        // a fresh demo realm: the files' 15 accounts and the realm's own 7; 34 calls are more than one page of 22
        assertTrue(KeycloakDirectory.readInBulk(4, 15, 22));
        assertTrue(KeycloakDirectory.readInBulk(1, 4, 9));
        assertFalse(KeycloakDirectory.readInBulk(1, 4, 10));
    }
}
