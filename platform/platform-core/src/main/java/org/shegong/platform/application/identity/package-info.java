/**
 * Who is asking: the {@link org.shegong.platform.application.identity.Identity} read from the
 * validated token once per request, and the one rule book of what each role may reach.
 */
package org.shegong.platform.application.identity;
