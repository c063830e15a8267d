/**
 * Closed-loop follow-up cases: open, assigned, in progress, resolved, closed; an owner, a due date
 * from the SLA of the case's priority, notes, an outcome, escalation when overdue, the link back to
 * the item that opened it, and the follow-up KPIs.
 */
package io.clientela.action.cases;
