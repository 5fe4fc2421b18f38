package org.shegong.platform.api.persistence;

/**
 * Who is acting in the current context, as recorded in audit columns: a login name, or
 * {@link #SYSTEM} for start-up and background work.
 */
public interface Actor {

    String SYSTEM = "system";

    String name();
}
