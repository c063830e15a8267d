/**
 * Feedback KPIs: NPS, CSAT and CES with 95 % confidence intervals and a minimum-sample flag, per
 * group (period, segment, channel, touchpoint, ...), and the significance of a change between two
 * groups. Scores outside a scale's range are rejected with a reason, never silently counted.
 */
package io.clientela.analytics.voice.kpi;
