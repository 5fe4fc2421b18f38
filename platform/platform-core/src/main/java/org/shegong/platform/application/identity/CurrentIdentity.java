package org.shegong.platform.application.identity;

import jakarta.enterprise.context.RequestScoped;
import java.util.Objects;
import java.util.Optional;

/** The identity of the current request, set once by the edge filter. */
@RequestScoped
public class CurrentIdentity {

    private Identity identity;

    public void set(Identity identity) {
        if (this.identity != null && !this.identity.equals(identity)) {
            throw new IllegalStateException("the identity of a request is set once");
        }
        this.identity = Objects.requireNonNull(identity);
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
