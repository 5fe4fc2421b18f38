/**
 * The elder-care API under {@code /api/eldercare/}, for phones. It is part of the platform's JAX-RS
 * application because the module's jar is on the WAR's class path; the edge filter answers 404 for
 * an operator with the module off and 403 for a role the module does not admit.
 */
package org.shegong.modules.eldercare.interfaces.rest;
