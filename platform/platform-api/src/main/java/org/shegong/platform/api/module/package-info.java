/**
 * The module SPI. A module is a jar on the WAR's class path with a CDI bean implementing
 * {@link org.shegong.platform.api.module.ShegongModule}; the platform finds it through CDI (there is
 * no list of modules anywhere in the platform) and switches it on per tenant from the operator's
 * descriptor. Everything a module owns — pages under {@code /<id>/}, API routes under
 * {@code /api/<id>/}, bundles, migrations, config keys {@code module.<id>.*} — carries its id.
 */
package org.shegong.platform.api.module;
