package org.shegong.platform.api.tenancy;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;

class NoTenantExceptionTest {

    /**
     * Pages catch IllegalStateException as "not possible now" and show its message: a missing
     * tenant must not be caught there and shown as a notice, it must fail the request.
     */
    @Test
    void aMissingTenantIsNotCaughtWhereStateProblemsBecomeUserMessages() {
        assertThrows(NoTenantException.class, () -> {
            try {
                throw new NoTenantException();
            } catch (IllegalStateException shownAsAMessage) {
                fail("a page's catch of IllegalStateException swallowed the missing tenant");
            }
        });
    }
}
