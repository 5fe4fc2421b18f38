package org.shegong.platform.application.tenancy;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import org.shegong.platform.api.tenancy.TenantId;

/**
 * Runs work as a given tenant and actor, in a request context of its own that ends with the work.
 * This is how start-up provisioning, background jobs and tests act for a tenant: the tenant is
 * handed over explicitly and dies with the context, so nothing leaks onto a pooled thread.
 *
 * <p>A thread that already serves a request keeps its own tenant: the work then runs on a
 * managed worker thread instead, never in the caller's context.
 */
@ApplicationScoped
public class TenantWork {

    @Resource
    ManagedExecutorService executor;

    @Inject
    Instance<RequestContextController> requestContexts;

    @Inject
    TenantContext tenantContext;

    @Inject
    CurrentActor currentActor;

    public <T> T call(TenantId tenant, String actor, Callable<T> work) {
        try {
            return inNewRequest(tenant, actor, work, () -> onWorkerThread(tenant, actor, work));
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("work for tenant " + tenant + " failed", e);
        }
    }

    public void run(TenantId tenant, String actor, Runnable work) {
        call(tenant, actor, () -> {
            work.run();
            return null;
        });
    }

    private <T> T inNewRequest(TenantId tenant, String actor, Callable<T> work, Callable<T> ifThreadBusy)
            throws Exception {
        RequestContextController requestContext = requestContexts.get();
        try {
            if (!requestContext.activate()) {
                return ifThreadBusy.call();
            }
            try {
                tenantContext.enter(tenant);
                currentActor.become(actor);
                return work.call();
            } finally {
                requestContext.deactivate();
            }
        } finally {
            requestContexts.destroy(requestContext);
        }
    }

    private <T> T onWorkerThread(TenantId tenant, String actor, Callable<T> work) throws InterruptedException {
        try {
            return executor.submit(() -> inNewRequest(tenant, actor, work, () -> {
                throw new IllegalStateException("a managed worker thread arrived inside a request context");
            })).get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException("work for tenant " + tenant + " failed", e.getCause());
        }
    }
}
