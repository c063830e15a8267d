/**
 * Acting on customer data: rules (a condition plus actions) evaluated on incoming items and on a
 * schedule, alerts routed to the right person and delivered by e-mail and webhook, and closed-loop
 * follow-up cases. Depends on {@code core} and {@code store} only, and speaks no SQL: it works on a
 * store {@code Handle} through the repositories of {@code store.rules}, {@code store.alerts} and
 * {@code store.cases}.
 */
package io.clientela.action;
