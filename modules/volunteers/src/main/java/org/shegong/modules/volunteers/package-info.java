/**
 * Volunteers (志愿服务): registry, shifts with a waiting list, signed QR check-in, confirmed hours,
 * the time bank, and one volunteer identity across operators. Depends on {@code platform-api} only.
 */
package org.shegong.modules.volunteers;
