package org.shegong.platform.application.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Objects;
import java.util.Optional;
import org.shegong.platform.application.tenancy.TenantContext;

/**
 * The identity of the current request, set once by the edge filter (or by {@code TenantWork}'s
 * callers off the request thread).
 *
 * <p>The request's tenant has one holder, {@link TenantContext}: setting the identity is what
 * enters the operator its token names, and an identity that names another operator than the one
 * the request already acts for — or none while the request acts for one — is refused, so the
 * identity's operator and the tenant every query runs in can never disagree.
 */
@RequestScoped
public class CurrentIdentity {

    @Inject
    TenantContext tenantContext;

    private Identity identity;

    public void set(Identity identity) {
        Objects.requireNonNull(identity);
        if (this.identity != null && !this.identity.equals(identity)) {
            throw new IllegalStateException("the identity of a request is set once");
        }
        if (identity.tenant().isPresent()) {
            tenantContext.enter(identity.tenant().get());
        } else if (tenantContext.current().isPresent()) {
            throw new IllegalStateException("this request acts for tenant " + tenantContext.current().get()
                    + "; an identity of no operator cannot be its person");
        }
        this.identity = identity;
    }

    public Optional<Identity> get() {
        return Optional.ofNullable(identity);
    }

    public Identity require() {
        if (identity == null) {
            throw new AccessDeniedException("not signed in");
        }
        return identity;
    }
}
