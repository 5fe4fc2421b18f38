/**
 * Child protection (儿童关爱保护): children with guardians and consent, case work with approvals and
 * deadlines, sessions, referrals, and need-to-know access with every read of a case recorded.
 * Depends on {@code platform-api} only.
 */
package org.shegong.modules.childprotection;
