/**
 * Roll-ups (汇总): aggregates per operator, street, metric and month that dashboards read instead of
 * the operators' records; the periods a dashboard reports on.
 */
package org.shegong.platform.domain.model.rollup;
