/**
 * What people do in elder care, one service per activity: {@code ElderRegister}, {@code CarePlanning},
 * {@code VisitLog}, {@code HealthTracking}, {@code Referrals}, {@code AntiFraudEducation}. Each reaches
 * only residents of the signed-in person's stations (the platform's register decides, see
 * {@code MyElders}); anything else is "not found". Bad input is refused before anything is written.
 */
package org.shegong.modules.eldercare.application;
