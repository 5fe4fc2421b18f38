/**
 * Projects under checklist management (清单化管理): needs research, plan, checklist items done
 * through activities and counted toward contract targets, and their completion.
 */
package org.shegong.platform.domain.model.project;
