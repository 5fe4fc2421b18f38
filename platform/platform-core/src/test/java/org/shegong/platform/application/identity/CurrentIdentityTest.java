package org.shegong.platform.application.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shegong.platform.api.identity.Role;
import org.shegong.platform.api.tenancy.TenantId;
import org.shegong.platform.application.tenancy.TenantContext;

/** The request's tenant has one holder: the identity enters it, and can never name another. */
class CurrentIdentityTest {

    private static final TenantId HOPE = TenantId.of("hope");
    private static final TenantId HUIDE = TenantId.of("huide");

    private static Identity worker(Optional<TenantId> tenant) {
        return new Identity("w", "工作人员", Set.of(Role.SOCIAL_WORKER), tenant, Set.of("140106001000"), Optional.empty());
    }

    private static CurrentIdentity request(TenantContext context) {
        CurrentIdentity current = new CurrentIdentity();
        current.tenantContext = context;
        return current;
    }

    @Test
    void settingTheIdentityEntersItsOperatorAsTheRequestsTenant() {
        TenantContext context = new TenantContext();
        request(context).set(worker(Optional.of(HOPE)));
        assertEquals(Optional.of(HOPE), context.current());
    }

    @Test
    void anIdentityOfAnotherOperatorThanTheRequestActsForIsRefused() {
        TenantContext context = new TenantContext();
        context.enter(HUIDE);
        CurrentIdentity current = request(context);
        assertThrows(IllegalStateException.class, () -> current.set(worker(Optional.of(HOPE))));
        assertTrue(current.get().isEmpty(), "nobody is signed in after the refusal");
        assertEquals(Optional.of(HUIDE), context.current());
    }

    @Test
    void anIdentityOfNoOperatorCannotBeThePersonOfATenantsRequest() {
        TenantContext context = new TenantContext();
        context.enter(HOPE);
        CurrentIdentity current = request(context);
        assertThrows(IllegalStateException.class, () -> current.set(worker(Optional.empty())));
        assertTrue(current.get().isEmpty());
    }
}
