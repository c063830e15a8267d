/**
 * Key driver analysis: how much of the variance of an outcome (NPS, CSAT) each driver (attribute
 * rating) explains, by LMG relative importance with bootstrap intervals, and where to act first
 * (importance × performance).
 */
package io.clientela.analytics.voice.drivers;
