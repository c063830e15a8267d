/**
 * The tables of follow-up cases: {@code cases}, their {@code case_history} and {@code case_notes},
 * and the follow-up KPIs read over cases and feedback. SQL only; the lifecycle (which moves are
 * allowed), the SLA and the shares and rates are the action module's.
 */
package io.clientela.store.cases;
