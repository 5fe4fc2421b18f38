package org.shegong.platform.application.tenancy;

import jakarta.enterprise.context.RequestScoped;
import java.util.Objects;
import org.shegong.platform.api.persistence.Actor;

/** Who acts in the current request, as written into audit columns. */
@RequestScoped
public class CurrentActor implements Actor {

    private String name = SYSTEM;

    public void become(String name) {
        this.name = Objects.requireNonNull(name, "actor");
    }

    @Override
    public String name() {
        return name;
    }
}
