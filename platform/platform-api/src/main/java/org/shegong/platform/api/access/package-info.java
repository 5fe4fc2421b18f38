/**
 * Who may do what: permissions that modules declare and the platform checks, below the URL as well
 * as at it.
 */
package org.shegong.platform.api.access;
