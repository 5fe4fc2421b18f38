package org.shegong.platform.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.Callable;
import org.shegong.platform.api.tenancy.TenantId;
import org.shegong.platform.application.identity.CurrentIdentity;
import org.shegong.platform.application.identity.Identity;
import org.shegong.platform.application.tenancy.TenantWork;

/**
 * "Act as tenant X" for in-container tests: runs a piece of test code as a tenant (with a test
 * actor) or as a signed-in person, in a request context of its own, the way a request or a job
 * would. {@link ShegongDeployment#withTests} puts it in every test archive, so a test just injects
 * it; a module's tests need not know how the platform enters a tenant.
 */
@ApplicationScoped
public class ActAs {

    /** Who the audit columns name when a test acts for a tenant without a person. */
    public static final String TEST_ACTOR = "it-test";

    @Inject
    TenantWork work;

    @Inject
    CurrentIdentity currentIdentity;

    public <T> T tenant(TenantId tenant, Callable<T> call) {
        return work.call(tenant, TEST_ACTOR, call);
    }

    public void tenant(TenantId tenant, Runnable run) {
        work.run(tenant, TEST_ACTOR, run);
    }

    /** As this person: their tenant, their name in the audit columns, their roles and stations for the checks. */
    public <T> T person(Identity who, Callable<T> call) {
        TenantId tenant = who.tenant().orElseThrow(() -> new IllegalArgumentException(who.username() + " acts for no tenant"));
        return work.call(tenant, who.username(), () -> {
            currentIdentity.set(who);
            return call.call();
        });
    }

    public void person(Identity who, Runnable run) {
        person(who, () -> {
            run.run();
            return null;
        });
    }

    @jakarta.annotation.Resource
    jakarta.enterprise.concurrent.ManagedExecutorService executor;

    @Inject
    jakarta.enterprise.inject.Instance<jakarta.enterprise.context.control.RequestContextController> requestContexts;

    @Inject
    org.shegong.platform.application.tenancy.CurrentActor currentActor;

    /**
     * As a person of no operator (the platform admin): a request of their own, with no tenant, on a
     * worker thread (the test's thread already serves a request, which may act for a tenant).
     */
    public <T> T withoutTenant(Identity who, Callable<T> call) {
        if (who.tenant().isPresent()) {
            throw new IllegalArgumentException(who.username() + " acts for a tenant: use person()");
        }
        try {
            return executor.submit(() -> {
                var requestContext = requestContexts.get();
                try {
                    requestContext.activate();
                    try {
                        currentActor.become(who.username());
                        currentIdentity.set(who);
                        return call.call();
                    } finally {
                        requestContext.deactivate();
                    }
                } finally {
                    requestContexts.destroy(requestContext);
                }
            }).get();
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public void withoutTenant(Identity who, Runnable run) {
        withoutTenant(who, () -> {
            run.run();
            return null;
        });
    }
}
