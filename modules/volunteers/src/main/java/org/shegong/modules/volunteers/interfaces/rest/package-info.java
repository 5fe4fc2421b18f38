/** The volunteers API: staff under {@code /api/volunteers/…}, the volunteer's own under {@code /api/volunteers/me/…}. */
package org.shegong.modules.volunteers.interfaces.rest;
