/**
 * The elder-care domain: aggregates with their invariants and repository interfaces, no Faces and no
 * queries. Platform records (residents, partners, stations) are referred to by id or street code only.
 */
package org.shegong.modules.eldercare.domain.model;
