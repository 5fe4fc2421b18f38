/** The audit trail: who did what to which record, readable on the record's own page. */
package org.shegong.platform.api.audit;
