package org.shegong.platform.interfaces.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * JSON-B as the API uses it: an unknown property is an error, never skipped. Skipping is where
 * Yasson on Parsson loops for ever on a body cut short (Parsson issue #23); {@link JsonBodyGate}
 * already refuses such bodies, this is the second line.
 */
@Provider
public class JsonbSettings implements ContextResolver<Jsonb> {

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig()
            .setProperty("jsonb.fail-on-unknown-properties", true));

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }
}
