/**
 * The child-protection domain (儿童关爱保护): children and their consent ({@code child}), case work
 * from intake to closure with its deadlines and history ({@code casework}), sessions ({@code session})
 * and referrals ({@code referral}). No Faces, no platform internals; time is always given.
 */
package org.shegong.modules.childprotection.domain.model;
