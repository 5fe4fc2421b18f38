/**
 * Home tutoring (送教上门): a child's learning plan — subjects, goals and the tutor — beside the sessions
 * logged against the child's case (of kind home tutoring, life skills or psychological support).
 */
package org.shegong.modules.childprotection.domain.model.tutoring;
