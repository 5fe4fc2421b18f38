/** The roles of the identity provider, which modules name when they declare who may use what. */
package org.shegong.platform.api.identity;
