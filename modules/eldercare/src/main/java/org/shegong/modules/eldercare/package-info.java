/**
 * Elder care (为老服务), a module of Shegong: elder profiles with the Barthel index, care plans
 * with their versions, home visits and the overdue list (应访未访), health readings with threshold
 * follow-ups (the closed loop), referrals to medical partners, anti-fraud education. Depends on
 * {@code platform-api} only; owns its pages ({@code /eldercare/}), API ({@code /api/eldercare/}),
 * tables ({@code elder_*}), bundles and configuration ({@code module.eldercare.*}).
 */
package org.shegong.modules.eldercare;
