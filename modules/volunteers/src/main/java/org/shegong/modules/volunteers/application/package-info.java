/** What people do with volunteers: each service checks the module's permissions and the person's stations. */
package org.shegong.modules.volunteers.application;
