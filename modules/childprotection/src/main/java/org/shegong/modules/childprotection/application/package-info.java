/**
 * The child-protection use cases. Each service method checks its permission ({@code @RequiresPermission}),
 * every query of a case, child, session or referral goes through {@link org.shegong.modules.childprotection.application.NeedToKnow}'s
 * one record rule, and every read of a case's detail is recorded in the audit trail with its purpose.
 */
package org.shegong.modules.childprotection.application;
