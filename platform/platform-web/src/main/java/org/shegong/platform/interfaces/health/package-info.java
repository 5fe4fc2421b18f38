/**
 * MicroProfile Health checks ({@code /health/ready}, {@code /health/live}, open without sign-in):
 * readiness is the database answering a cheap query in time, start-up (schema, provisioning)
 * complete and the identity provider's keys known; liveness is request threads not stuck for minutes.
 */
package org.shegong.platform.interfaces.health;
