/**
 * Tenant jobs: scheduled work a module declares with
 * {@link org.shegong.platform.api.module.ShegongModule#jobs()}. The platform schedules it on a
 * managed scheduled executor, takes a lease row in the database before each run (so two servers
 * never run one job at once), and runs it tenant by tenant for the tenants that have the module on.
 */
package org.shegong.platform.api.job;
