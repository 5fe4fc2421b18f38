/**
 * The volunteers module's domain: the registry ({@code volunteer}), shifts with spots and a waiting
 * list ({@code shift}), signed check-in and confirmed hours ({@code attendance}), and the time bank
 * as a double-entry ledger ({@code timebank}). No Faces, no queries: rules only.
 */
package org.shegong.modules.volunteers.domain.model;
